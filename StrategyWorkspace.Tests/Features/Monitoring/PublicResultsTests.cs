using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using StrategyWorkspace.Features.Monitoring;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Monitoring;

/// <summary>The strategy's public results and their open data over HTTP, as a visitor without an account gets them, on the real database.</summary>
public sealed class PublicResultsTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app = fixture.App;

    private HttpClient Visitor() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>An adopted plan whose goal's indicator has 2017's value (behind, with the reason), whose small project is half done, with a report on 2017 published.</summary>
    private async Task<(ProgressServiceTests.AdoptedPlan Plan, string Code, int Report)> MonitoredPlanAsync()
    {
        var plan = await ProgressServiceTests.AdoptedPlanAsync(app);
        var member = await app.UserIdAsync(Demo.Economy);
        var chair = await app.UserIdAsync(Demo.Chair);
        var monitoring = app.Scoped<MonitoringService>();
        await monitoring.RecordAsync(member, new ValueInput(plan.GoalId, plan.GoalIndicator.Key, new MonitoringPeriod(2017), 20m, "Служба доріг", "Затримка фінансування", null));
        await app.Scoped<ProgressService>().ReportAsync(member, new ProgressInput(plan.SmallProjectId, ProjectStatus.InProgress, 50,
            [new SpentInput(FundingSource.RegionalBudget, 2018, 600m)], DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)), "Закуплено обладнання", null));
        var reports = app.Scoped<MonitoringReportService>();
        var report = (await reports.ListAsync(chair)).FirstOrDefault(r => r.Period == new MonitoringPeriod(2017))?.Number
            ?? await reports.GenerateAsync(chair, new MonitoringPeriod(2017));
        if ((await reports.GetAsync(chair, report)).PublishedAt is null)
        {
            await reports.PublishAsync(chair, report);
        }
        var code = (await monitoring.GetBoardAsync(member)).Groups.SelectMany(g => g.Items).Single(i => i.ItemId == plan.GoalId).Indicators[0].Code;
        return (plan, code, report);
    }

    [Fact]
    public async Task A_visitor_reads_the_overview_and_a_groups_page_without_an_account_without_a_circuit_and_without_who_typed_what()
    {
        var (plan, code, report) = await MonitoredPlanAsync();
        using var visitor = Visitor();

        var overview = await visitor.GetAsync("/results");
        var html = WebUtility.HtmlDecode(await overview.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
        Assert.Equal("public, no-cache", overview.Headers.CacheControl!.ToString());
        Assert.DoesNotContain("<!--Blazor:{\"type\":\"server\"", html);
        Assert.Contains("<h1>Виконання Стратегії</h1>", html);
        Assert.Contains("Рішення обласної ради № 46/3", html);
        // The goal's row: (1,000 × 50 + 3,000 × 0) / 4,000 done; one indicator, behind; 4,000 planned, 600 spent.
        var row = System.Text.RegularExpressions.Regex.Match(html, $"<tr><th scope=\"row\">[^<]*{plan.GoalTitle}</th>(.*?)</tr>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        Assert.Equal(["12,5 %", "0", "1", "0", "4 000", "600"],
            System.Text.RegularExpressions.Regex.Matches(row, "<td[^>]*>(.*?)</td>", System.Text.RegularExpressions.RegexOptions.Singleline).Select(m => System.Text.RegularExpressions.Regex.Replace(m.Groups[1].Value, "<[^>]+>", "").Replace('\u00a0', ' ').Trim()));
        Assert.Contains("href=\"/results/groups/1\"", html);
        Assert.Contains($"href=\"/results/reports/{report}\"", html);
        Assert.Contains("href=\"/results/data\"", html);

        var group = await visitor.GetAsync("/results/groups/1");
        var groupPage = WebUtility.HtmlDecode(await group.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, group.StatusCode);
        Assert.Equal("public, no-cache", group.Headers.CacheControl!.ToString());
        Assert.Contains(plan.GoalTitle, groupPage);
        Assert.Contains(code, groupPage);
        Assert.Contains("Відставання", groupPage);
        Assert.Contains($"href=\"/results/goals/{plan.GoalId}\"", groupPage);

        var goal = await visitor.GetAsync($"/results/goals/{plan.GoalId}");
        var page = WebUtility.HtmlDecode(await goal.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, goal.StatusCode);
        Assert.Equal("public, no-cache", goal.Headers.CacheControl!.ToString());
        Assert.Contains("Затримка фінансування", page);
        Assert.Contains("Закуплено обладнання", page);
        Assert.Contains("Виконується", page);
        Assert.Contains("<svg", page);
        // Who typed a value or a note stays inside the workspace, as do the links into it.
        Assert.DoesNotContain("Олена Коваленко", groupPage + page);
        Assert.DoesNotContain("href=\"/items/", groupPage + page);

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/results/goals/{plan.SmallProjectId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/results/groups/99")).StatusCode);
    }

    [Fact]
    public async Task A_published_report_is_public_with_its_files_and_a_draft_is_not()
    {
        var (_, _, report) = await MonitoredPlanAsync();
        var chair = await app.UserIdAsync(Demo.Chair);
        var reports = app.Scoped<MonitoringReportService>();
        var draft = (await reports.ListAsync(chair)).FirstOrDefault(r => r.Period == new MonitoringPeriod(2016, 2))?.Number
            ?? await reports.GenerateAsync(chair, new MonitoringPeriod(2016, 2));
        using var visitor = Visitor();

        var published = await visitor.GetAsync($"/results/reports/{report}");
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var html = WebUtility.HtmlDecode(await published.Content.ReadAsStringAsync());
        Assert.Contains("дані зафіксовано", html);
        Assert.Contains("Затримка фінансування", html);
        Assert.Contains($"href=\"/monitoring/reports/{report}/docx\"", html);
        var docx = await visitor.GetAsync($"/monitoring/reports/{report}/docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType!.MediaType);

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/results/reports/{draft}")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await visitor.GetAsync($"/monitoring/reports/{draft}/docx")).StatusCode);
        Assert.DoesNotContain($"/results/reports/{draft}\"", await visitor.GetStringAsync("/results"));
    }

    [Fact]
    public async Task A_value_recorded_shows_on_the_cached_page_at_once()
    {
        var (plan, _, _) = await MonitoredPlanAsync();
        using var visitor = Visitor();
        Assert.DoesNotContain("31,7", await visitor.GetStringAsync("/results/groups/1"));

        await app.Scoped<MonitoringService>().RecordAsync(await app.UserIdAsync(Demo.Economy),
            new ValueInput(plan.GoalId, plan.GoalIndicator.Key, new MonitoringPeriod(2018), 31.7m, "Служба доріг", null, null));

        Assert.Contains("31,7", await visitor.GetStringAsync("/results/groups/1"));
    }

    [Fact]
    public async Task The_open_data_come_as_csv_and_json_with_the_columns_the_page_documents()
    {
        var (plan, code, _) = await MonitoredPlanAsync();
        using var visitor = Visitor();

        var csv = await visitor.GetAsync("/results/data/values.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("code,period,year,half,target,actual,value_source,note", lines[0]);
        Assert.Contains($"\"{code}\",\"2017\",2017,0,,20,\"Служба доріг\",\"Затримка фінансування\"", lines);
        Assert.Contains($"\"{code}\",\"2018\",2018,0,30,,,", lines);

        var projects = await visitor.GetStringAsync("/results/data/projects.csv");
        Assert.Contains(projects.Split("\r\n"), l => l.Contains(plan.SmallProjectTitle, StringComparison.Ordinal) && l.Contains("\"in_progress\",50,1000,600,", StringComparison.Ordinal));

        using var json = JsonDocument.Parse(await visitor.GetStringAsync("/results/data/indicators.json"));
        Assert.Equal("indicators", json.RootElement.GetProperty("dataset").GetString());
        var indicator = json.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("code").GetString() == code);
        Assert.Equal(OpenData.Indicators.Columns.Select(c => c.Name), indicator.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("goal", "2017", 20m, 24m, "behind"), (indicator.GetProperty("item_kind").GetString(), indicator.GetProperty("latest_period").GetString(),
            indicator.GetProperty("latest_value").GetDecimal(), indicator.GetProperty("expected_value").GetDecimal(), indicator.GetProperty("standing").GetString()));

        var documented = WebUtility.HtmlDecode(await visitor.GetStringAsync("/results/data"));
        Assert.All(OpenData.Sets.SelectMany(s => s.Columns), column => Assert.Contains($"<code>{column.Name}</code>", documented));
        Assert.Contains("href=\"/results/data/projects.json\"", documented);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/results/data/secrets.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/results/data/values.xml")).StatusCode);
    }

    [Fact]
    public async Task In_english_the_pages_are_english_and_the_files_the_same()
    {
        await MonitoredPlanAsync();
        using var visitor = Visitor();

        var html = await visitor.GetStringAsync("/results/data?culture=en");

        Assert.Contains("<h1>Open data</h1>", html);
        Assert.Contains("How it stands: on_track, behind or no_data.", html);
        Assert.StartsWith("code,period,", Encoding.UTF8.GetString((await visitor.GetByteArrayAsync("/results/data/values.csv?culture=en"))[3..]));
    }
}

/// <summary>Before the council adopts an edition the public results say so.</summary>
public sealed class PublicResultsBeforeAdoptionTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    [Fact]
    public async Task Nothing_adopted_the_page_says_so_and_the_files_have_their_columns_and_no_rows()
    {
        using var visitor = fixture.App.CreateClient();

        Assert.Contains("Обласна рада ще не ухвалила Стратегію", await visitor.GetStringAsync("/results"));
        Assert.Equal("code,period,year,half,target,actual,value_source,note\r\n", Encoding.UTF8.GetString((await visitor.GetByteArrayAsync("/results/data/values.csv"))[3..]));
    }
}
