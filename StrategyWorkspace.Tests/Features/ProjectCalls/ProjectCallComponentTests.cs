using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using StrategyWorkspace.Features.ProjectCalls;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.ProjectCalls;

/// <summary>The chair's calls page and the groups' screening page, on the real services of an app whose plan the council adopted.</summary>
public sealed class ProjectCallComponentTests(WorkspaceFixture fixture) : WorkspaceFixtureComponentTest(fixture)
{
    [Fact]
    public async Task The_chair_opens_a_call_from_the_form_and_sees_it_listed_with_its_counts_and_a_close_button()
    {
        await Monitoring.ProgressServiceTests.AdoptedPlanAsync(App);
        var chair = await App.UserIdAsync(Demo.Chair);
        foreach (var open in (await App.Scoped<CallService>().ListAsync(chair)).Where(c => c.Status != CallStatus.Closed))
        {
            await App.Scoped<CallService>().CloseAsync(chair, open.Id);
        }
        SignIn(chair, Demo.Chair, WorkspaceRoles.Chair);
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        var page = Render<CallsPage>();
        page.WaitForAssertion(() => Assert.Contains("Оголосити конкурс проєктних пропозицій", page.Markup));

        var title = Demo.Unique("Проєкти на 2019–2020");
        page.Find("form input").Change(title);
        await page.Find("form").SubmitAsync();

        page.WaitForAssertion(() => Assert.Contains(page.FindAll(".calls-table tbody tr"), r => r.TextContent.Contains(title)));
        var row = page.FindAll(".calls-table tbody tr").Single(r => r.TextContent.Contains(title));
        Assert.Contains("Прийом пропозицій триває.", row.TextContent);
        Assert.Contains("Отримано: 0", row.TextContent);
        Assert.Equal($"Закрити конкурс «{title}»", row.QuerySelector("button")!.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task A_member_sees_no_form_to_open_a_call_nor_a_close_button()
    {
        await ProjectCallServiceTests.OpenCallAsync(App);
        SignIn(await App.UserIdAsync(Demo.Economy), Demo.Economy, WorkspaceRoles.Member);

        var page = Render<CallsPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".calls-table tbody tr")));
        Assert.Empty(page.FindAll("form"));
        Assert.Empty(page.FindAll(".calls-table button"));
    }

    [Fact]
    public async Task The_tasks_group_takes_a_proposal_into_the_plan_after_confirming_and_lands_on_its_draft_project()
    {
        var (plan, _) = await ProjectCallServiceTests.OpenCallAsync(App);
        var reference = await App.Scoped<ApplicantService>().SendAsync(ProjectCallServiceTests.Proposal(plan.TaskId, Demo.Unique("Центр послуг")));
        SignIn(await App.UserIdAsync(Demo.Economy), Demo.Economy, WorkspaceRoles.Member);
        var dialogs = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        var page = Render<ScreeningPage>();
        page.WaitForAssertion(() => Assert.Contains(reference, page.Markup));
        var card = page.FindAll(".proposal-card").Single(c => c.TextContent.Contains(reference));
        Assert.Contains("Сватівська міська рада", card.TextContent);
        Assert.Contains("Мешканці громади", card.TextContent);

        page.Click(() => page.FindAll(".proposal-card button").Single(b => b.GetAttribute("aria-label") == $"Включити до плану пропозицію {reference}"));
        dialogs.WaitForAssertion(() => dialogs.FindAll(".mud-dialog button").Single(b => b.TextContent.Contains("Включити до плану")).Click());

        var navigation = Services.GetRequiredService<NavigationManager>();
        page.WaitForAssertion(() => Assert.Matches(@"/items/\d+$", navigation.Uri));
        Assert.Equal(ProjectProposalState.Accepted, (await App.Scoped<ApplicantService>().StatusAsync(reference))!.State);
    }

    [Fact]
    public async Task Returning_asks_for_what_to_correct_and_refuses_an_empty_reason_on_its_field()
    {
        var (plan, _) = await ProjectCallServiceTests.OpenCallAsync(App);
        var reference = await App.Scoped<ApplicantService>().SendAsync(ProjectCallServiceTests.Proposal(plan.TaskId, Demo.Unique("Сквер")));
        SignIn(await App.UserIdAsync(Demo.Economy), Demo.Economy, WorkspaceRoles.Member);
        var dialogs = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        var page = Render<ScreeningPage>();
        page.WaitForAssertion(() => Assert.Contains(reference, page.Markup));

        page.Click(() => page.FindAll(".proposal-card button").Single(b => b.GetAttribute("aria-label") == $"Повернути на доопрацювання пропозицію {reference}"));
        dialogs.WaitForAssertion(() => dialogs.Find("textarea"));
        dialogs.FindAll(".mud-dialog button").Single(b => b.TextContent.Contains("Повернути на доопрацювання")).Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Це поле обов'язкове.", dialogs.Markup));
        dialogs.Find("textarea").Input("Додайте кошторис");
        dialogs.FindAll(".mud-dialog button").Single(b => b.TextContent.Contains("Повернути на доопрацювання")).Click();

        page.WaitForAssertion(() => Assert.Contains("Повернуто на доопрацювання: Додайте кошторис",
            page.FindAll(".proposal-card").Single(c => c.TextContent.Contains(reference)).TextContent));
    }

    [Fact]
    public async Task Another_groups_member_sees_none_of_these_proposals_and_in_english_the_page_is_english()
    {
        var (plan, _) = await ProjectCallServiceTests.OpenCallAsync(App);
        await App.Scoped<ApplicantService>().SendAsync(ProjectCallServiceTests.Proposal(plan.TaskId));
        SignIn(await App.UserIdAsync(Demo.Social), Demo.Social, WorkspaceRoles.Member);
        UseCulture("en");

        var page = Render<ScreeningPage>();

        page.WaitForAssertion(() => Assert.Contains("There is no proposal for your groups' tasks.", page.Markup));
        Assert.Equal("Screening project proposals", page.Find("h1").TextContent);
    }
}
