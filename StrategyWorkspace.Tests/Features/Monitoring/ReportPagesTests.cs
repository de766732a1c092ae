using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using StrategyWorkspace.Features.Monitoring;
using StrategyWorkspace.Features.Monitoring.Reports;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Monitoring;

/// <summary>The monitoring reports' list, the chair's form that generates one, and a report's page, on the real services of an app whose plan the council adopted.</summary>
public sealed class ReportPagesTests(WorkspaceFixture fixture) : WorkspaceFixtureComponentTest(fixture)
{
    private MonitoringReportService Reports => App.Scoped<MonitoringReportService>();

    private async Task<int> DraftAsync(MonitoringPeriod period)
    {
        var chair = await App.UserIdAsync(Demo.Chair);
        return (await Reports.ListAsync(chair)).FirstOrDefault(r => r.Period == period)?.Number ?? await Reports.GenerateAsync(chair, period);
    }

    [Fact]
    public async Task The_chair_generates_a_report_for_a_half_year_and_a_year_out_of_range_or_taken_is_refused_on_the_year_field()
    {
        await ProgressServiceTests.AdoptedPlanAsync(App);
        SignIn(await App.UserIdAsync(Demo.Chair), Demo.Chair, WorkspaceRoles.Chair);
        await DraftAsync(new MonitoringPeriod(2016));
        Render<MudPopoverProvider>();
        var page = Render<ReportsPage>();
        page.WaitForAssertion(() => Assert.Contains("Новий звіт про моніторинг", page.Markup));
        Assert.Equal((DateTime.Now.Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), page.Find("form input").GetAttribute("value"));

        page.Find("form input").Change("1900");
        await page.Find("form").SubmitAsync();
        page.WaitForAssertion(() => Assert.Contains($"Звіт складається за рік від 1991 до {DateTime.Now.Year}.", page.Find("[role=alert]").TextContent));
        Assert.Equal("1900", page.Find("form input").GetAttribute("value"));
        Assert.Equal("true", page.Find("form input").GetAttribute("aria-invalid"));

        page.Find("form input").Change("2016");
        await page.Find("form").SubmitAsync();
        page.WaitForAssertion(() => Assert.Contains("Звіт за цей період уже є.", page.Find("[role=alert]").TextContent));
        Assert.Equal("true", page.Find("form input").GetAttribute("aria-invalid"));

        page.Find("form input").Change("2017");
        // The half-year as the select sets it (its list opens in the browser, where the browser test chooses from it).
        var select = page.FindComponent<MudSelect<int>>();
        await select.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(1));
        await page.Find("form").SubmitAsync();

        var navigation = Services.GetRequiredService<NavigationManager>();
        page.WaitForAssertion(() => Assert.Matches(@"/monitoring/reports/\d+$", navigation.Uri));
        var created = (await Reports.ListAsync(await App.UserIdAsync(Demo.Chair))).Single(r => navigation.Uri.EndsWith($"/{r.Number}", StringComparison.Ordinal));
        Assert.Equal(new MonitoringPeriod(2017, 1), created.Period);
    }

    [Fact]
    public async Task A_member_reads_the_list_with_each_reports_state_and_has_no_form()
    {
        await ProgressServiceTests.AdoptedPlanAsync(App);
        var number = await DraftAsync(new MonitoringPeriod(2015, 2));
        SignIn(await App.UserIdAsync(Demo.Economy), Demo.Economy, WorkspaceRoles.Member);

        var page = Render<ReportsPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".reports-table tbody tr")));
        Assert.Empty(page.FindAll("form"));
        var row = page.FindAll(".reports-table tbody tr").Single(r => r.QuerySelector("a")!.GetAttribute("href") == $"/monitoring/reports/{number}");
        Assert.Equal([$"Звіт {number}", "2015, II півріччя", "Чернетка"], row.Children.Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public async Task The_chair_publishes_a_draft_after_confirming_and_the_page_then_says_its_figures_are_frozen_and_offers_no_more_actions()
    {
        var plan = await ProgressServiceTests.AdoptedPlanAsync(App);
        var number = await DraftAsync(new MonitoringPeriod(2018));
        SignIn(await App.UserIdAsync(Demo.Chair), Demo.Chair, WorkspaceRoles.Chair);
        var dialogs = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();

        var page = Render<ReportPage>(p => p.Add(x => x.Number, number));

        page.WaitForAssertion(() => Assert.Contains($"Звіт {number}: 2018", page.Find("h1").TextContent));
        Assert.Contains("Чернетка: її дані змінюються", page.Markup);
        Assert.Contains(plan.GoalTitle, page.Markup);
        Assert.Equal($"/monitoring/reports/{number}/docx", page.FindAll("a").Single(a => a.TextContent.Contains("Завантажити DOCX")).GetAttribute("href"));
        var table = page.FindAll(".report-goal table").First(t => t.QuerySelector("caption")!.TextContent.StartsWith("Індикатори", StringComparison.Ordinal));
        Assert.Contains("Частка відремонтованих доріг, %", table.TextContent);

        page.Click(() => page.FindAll("button").Single(b => b.TextContent.Contains("Опублікувати")));
        dialogs.WaitForAssertion(() => Assert.Contains("Публікація фіксує дані звіту", dialogs.Markup));
        dialogs.Click(() => dialogs.FindAll(".mud-dialog button").Single(b => b.TextContent.Contains("Опублікувати")));

        page.WaitForAssertion(() => Assert.Contains("дані зафіксовано", page.Markup));
        Assert.Contains("Голова комітету", page.Find(".mud-alert").TextContent);
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Contains("Опублікувати") || b.TextContent.Contains("Видалити чернетку"));
        Assert.True((await Reports.GetAsync(null, number)).IsPublished);
    }

    [Fact]
    public async Task The_chair_deletes_a_draft_and_returns_to_the_list()
    {
        await ProgressServiceTests.AdoptedPlanAsync(App);
        var number = await DraftAsync(new MonitoringPeriod(2014));
        SignIn(await App.UserIdAsync(Demo.Chair), Demo.Chair, WorkspaceRoles.Chair);
        var dialogs = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        var page = Render<ReportPage>(p => p.Add(x => x.Number, number));
        page.WaitForAssertion(() => page.FindAll("button").Single(b => b.TextContent.Contains("Видалити чернетку")));

        page.Click(() => page.FindAll("button").Single(b => b.TextContent.Contains("Видалити чернетку")));
        dialogs.WaitForAssertion(() => dialogs.FindAll(".mud-dialog button").Single(b => b.TextContent.Contains("Видалити чернетку")).Click());

        page.WaitForAssertion(() => Assert.EndsWith("/monitoring/reports", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal));
        Assert.DoesNotContain(await Reports.ListAsync(await App.UserIdAsync(Demo.Chair)), r => r.Number == number);
    }

    [Fact]
    public async Task A_member_sees_the_downloads_but_neither_publish_nor_delete_and_in_english_the_report_is_english()
    {
        await ProgressServiceTests.AdoptedPlanAsync(App);
        var number = await DraftAsync(new MonitoringPeriod(2019, 1));
        SignIn(await App.UserIdAsync(Demo.Economy), Demo.Economy, WorkspaceRoles.Member);
        UseCulture("en");

        var page = Render<ReportPage>(p => p.Add(x => x.Number, number));

        page.WaitForAssertion(() => Assert.Equal($"Report {number}: 2019, first half", page.Find("h1").TextContent.Trim()));
        Assert.Empty(page.FindAll("button"));
        Assert.Contains(page.FindAll("a"), a => a.TextContent.Contains("Download XLSX"));
        Assert.Contains("Draft: its figures follow", page.Markup);
        Assert.Contains("Money planned and spent", page.Markup);
    }

    [Fact]
    public async Task A_report_that_does_not_exist_says_so()
    {
        SignIn(await App.UserIdAsync(Demo.Economy), Demo.Economy, WorkspaceRoles.Member);

        var page = Render<ReportPage>(p => p.Add(x => x.Number, 9999));

        page.WaitForAssertion(() => Assert.Contains("Такого звіту немає.", page.Markup));
    }
}
