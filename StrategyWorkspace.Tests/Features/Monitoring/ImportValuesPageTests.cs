using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using StrategyWorkspace.Features.Monitoring;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Monitoring;

/// <summary>Loading values from a file: the preview with every refused row and why, then writing what it would change.</summary>
public sealed class ImportValuesPageTests(WorkspaceFixture fixture) : WorkspaceFixtureComponentTest(fixture)
{
    [Fact]
    public async Task The_preview_counts_the_rows_lists_the_refused_ones_with_the_reason_and_writes_the_rest()
    {
        var (taskId, indicator, _) = await MonitoringServiceTests.AdoptedTaskAsync(App);
        var member = await App.UserIdAsync(Demo.Infrastructure);
        SignIn(member, Demo.Infrastructure, WorkspaceRoles.Member);
        var code = (await App.Scoped<MonitoringService>().GetBoardAsync(member)).Groups.SelectMany(g => g.Items).Single(i => i.ItemId == taskId).Indicators[0].Code;
        var page = Render<ImportValuesPage>();
        Assert.Equal("Обрати файл", page.Find("label[for=values-file]").TextContent.Trim());

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText($"{code};2017;18,5\n{code};2030;1\n", "значення.csv"));

        page.WaitForAssertion(() => Assert.Contains("значення.csv: нових — 1, змінених — 0, без змін — 0, відхилених — 1.", page.Find("[role=status]").TextContent));
        var refused = page.FindAll(".import-rows table")[0];
        Assert.Equal("Відхилені рядки", refused.QuerySelector("caption")!.TextContent);
        Assert.Equal(["2", code, "2030", "Період має бути роком від 2016 до 2020."], refused.QuerySelectorAll("tbody td").Select(td => td.TextContent.Trim()));
        Assert.Equal("18,5 (нове)", page.FindAll(".import-rows table")[1].QuerySelectorAll("tbody td")[3].TextContent.Trim());

        await page.FindAll("button").Single(b => b.TextContent.Contains("Записати значень: 1")).ClickAsync(new());

        page.WaitForAssertion(() => Assert.EndsWith("/monitoring", Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().Uri));
        Assert.Single(await App.Scoped<MonitoringService>().GetHistoryAsync(member, taskId, indicator.Key));
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_says_why_and_nothing_is_offered_to_write()
    {
        await MonitoringServiceTests.AdoptedTaskAsync(App);
        SignIn(await App.UserIdAsync(Demo.Infrastructure), Demo.Infrastructure, WorkspaceRoles.Member);
        UseCulture("en");
        var page = Render<ImportValuesPage>();

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("just some words", "values.docx"));

        page.WaitForAssertion(() => Assert.Contains("Load a CSV or XLSX file.", page.Find("[role=alert]").TextContent));
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Contains("Write"));
    }
}
