using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Features.ProjectCalls;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.ProjectCalls;

/// <summary>The call's public pages over HTTP, as a visitor without an account uses them: the call, the form, the status, the summary.</summary>
public sealed class ProjectCallPagesTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app = fixture.App;

    private HttpClient Visitor() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static Dictionary<string, string> Form(int taskId, string title = "Центр надання адмінпослуг", string endYear = "2020", string website = "") => new()
    {
        ["Input.Task"] = taskId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Title"] = title,
        ["Input.Applicant"] = "Сватівська міська рада",
        ["Input.ContactName"] = "",
        ["Input.Email"] = "",
        ["Input.Territory"] = "м. Сватове",
        ["Input.TargetGroups"] = "Мешканці громади",
        ["Input.StartYear"] = "2019",
        ["Input.EndYear"] = endYear,
        ["Input.Funding[0].Source"] = "LocalBudgets",
        ["Input.Funding[0].Year"] = "2019",
        ["Input.Funding[0].Amount"] = "300.5",
        ["Input.Funding[1].Source"] = "StateBudget",
        ["Input.Funding[1].Year"] = "",
        ["Input.Funding[1].Amount"] = "",
        ["Input.ExpectedResults"] = "Послуги ближче до людей",
        ["Input.Indicators"] = "Кількість послуг на рік: 0 → 5000",
        ["Input.Consent"] = "true",
        ["Input.Website"] = website,
    };

    [Fact]
    public async Task A_visitor_reads_the_call_sends_a_project_by_the_form_and_follows_it_by_its_reference()
    {
        var (plan, callId) = await ProjectCallServiceTests.OpenCallAsync(app);
        using var visitor = Visitor();

        var call = WebUtility.HtmlDecode(await visitor.GetStringAsync("/projects"));
        Assert.Contains("Проєкти на 2018–2020 роки", call);
        Assert.Contains("href=\"/projects/propose\"", call);
        Assert.DoesNotContain("<!--Blazor:{\"type\":\"server\"", call);

        var form = WebUtility.HtmlDecode(await visitor.GetStringAsync("/projects/propose"));
        Assert.Contains($"<option value=\"{plan.TaskId}\">", form);
        var response = await StaticForms.PostAsync(visitor, "/projects/propose", "project-proposal", Form(plan.TaskId));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.Contains("/projects/status?reference=", location);
        var status = WebUtility.HtmlDecode(await visitor.GetStringAsync(location));
        Assert.Contains("Дякуємо! Вашу проєктну пропозицію отримано.", status);
        Assert.Contains("На розгляді", status);
        var reference = System.Web.HttpUtility.ParseQueryString(new Uri(new Uri("http://x"), location).Query)["reference"]!;
        await using var db = await app.Service<IDbContextFactory<WorkspaceDbContext>>().CreateDbContextAsync();
        var stored = await db.ProjectProposals.SingleAsync(p => p.Reference == reference);
        Assert.Equal((300.5m, "Сватівська міська рада", plan.TaskId), (stored.Plan.Total, stored.Plan.Executors, stored.TaskItemId));

        var summary = WebUtility.HtmlDecode(await visitor.GetStringAsync($"/projects/calls/{callId}"));
        Assert.Contains(reference, summary);
        Assert.DoesNotContain("Центр надання адмінпослуг", summary);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/projects/calls/99999")).StatusCode);
    }

    [Fact]
    public async Task A_refused_field_comes_back_named_with_everything_typed_and_the_honeypot_stores_nothing()
    {
        var (plan, _) = await ProjectCallServiceTests.OpenCallAsync(app);
        using var visitor = Visitor();

        var refused = await StaticForms.PostAsync(visitor, "/projects/propose", "project-proposal", Form(plan.TaskId, "Міст через Айдар", endYear: "2023"));
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Рік завершення:", html);
        Assert.Contains("value=\"Міст через Айдар\"", html);
        Assert.Contains("Послуги ближче до людей", html);

        var notANumber = Form(plan.TaskId, "Міст через Айдар");
        notANumber["Input.Funding[0].Amount"] = "триста";
        var unparsed = WebUtility.HtmlDecode(await (await StaticForms.PostAsync(visitor, "/projects/propose", "project-proposal", notANumber)).Content.ReadAsStringAsync());
        Assert.Contains("Вартість і джерела фінансування: Введіть число.", unparsed);
        Assert.Contains("value=\"Міст через Айдар\"", unparsed);

        await using var db = await app.Service<IDbContextFactory<WorkspaceDbContext>>().CreateDbContextAsync();
        var before = await db.ProjectProposals.CountAsync();
        var bot = await StaticForms.PostAsync(visitor, "/projects/propose", "project-proposal", Form(plan.TaskId, "Бот", website: "http://spam.example"));
        Assert.Contains("Дякуємо!", await bot.Content.ReadAsStringAsync());
        Assert.Equal(before, await db.ProjectProposals.CountAsync());
    }

    [Fact]
    public async Task A_returned_proposal_opens_in_the_form_to_correct_and_goes_back_to_its_group()
    {
        var (plan, _) = await ProjectCallServiceTests.OpenCallAsync(app);
        var reference = await app.Scoped<ApplicantService>().SendAsync(ProjectCallServiceTests.Proposal(plan.TaskId, "Ремонт клубу"));
        var member = await app.UserIdAsync(Demo.Economy);
        var card = (await app.Scoped<ScreeningService>().ListAsync(member)).Single(c => c.Reference == reference);
        await app.Scoped<ScreeningService>().ReturnAsync(member, card.Id, "Уточніть територію");
        using var visitor = Visitor();

        var status = WebUtility.HtmlDecode(await visitor.GetStringAsync($"/projects/status?reference={reference}"));
        Assert.Contains("Повернуто на доопрацювання: Уточніть територію", status);
        Assert.Contains($"href=\"/projects/propose?reference={reference}\"", status);
        var form = WebUtility.HtmlDecode(await visitor.GetStringAsync($"/projects/propose?reference={reference}"));
        Assert.Contains("value=\"Ремонт клубу\"", form);

        var fields = Form(plan.TaskId, "Ремонт клубу");
        var again = await StaticForms.PostAsync(visitor, $"/projects/propose?reference={reference}", "project-proposal", fields);

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(ProjectProposalState.Submitted, (await app.Scoped<ApplicantService>().StatusAsync(reference))!.State);
        Assert.Contains("не можна доопрацювати", WebUtility.HtmlDecode(await visitor.GetStringAsync($"/projects/propose?reference={reference}")));
    }
}
