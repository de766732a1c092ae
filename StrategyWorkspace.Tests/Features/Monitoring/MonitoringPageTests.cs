using Bunit;
using MudBlazor;
using StrategyWorkspace.Features.Consolidation;
using StrategyWorkspace.Features.Monitoring;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Monitoring;

/// <summary>The monitoring page and its dialog, on the real services of an app whose edition the council adopted.</summary>
public sealed class MonitoringPageTests(WorkspaceFixture fixture) : WorkspaceFixtureComponentTest(fixture)
{
    [Fact]
    public async Task Each_indicator_lists_its_periods_with_the_target_and_the_owning_group_may_record_a_value()
    {
        var (taskId, _, edition) = await MonitoringServiceTests.AdoptedTaskAsync(App);
        SignIn(await App.UserIdAsync(Demo.Infrastructure), Demo.Infrastructure, WorkspaceRoles.Member);

        var page = Render<MonitoringPage>();

        page.WaitForAssertion(() => Assert.Contains($"Показники редакції {edition}", page.Markup));
        var table = page.FindAll(".indicator-values table").Single(t => t.Closest(".mud-paper")!.InnerHtml.Contains($"/items/{taskId}"));
        Assert.Contains("Частка відремонтованих доріг, %", table.QuerySelector("caption")!.TextContent);
        Assert.Equal(["Період", "Цільове значення", "Фактичне значення", "Джерело значення", "Дії"], table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()));
        var rows = table.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(["2016", "2017", "2018", "2019", "2020"], rows.Select(r => r[0]));
        Assert.Equal(["2018", "30", "—"], rows[2][..3]);
        Assert.StartsWith("Внести значення 2.4.", table.QuerySelector("tbody button")!.GetAttribute("aria-label"));
        // The chart beside the table: an image named and described for a screen reader, what it says also said in words.
        var figure = table.Closest("figure")!;
        Assert.Equal("img", figure.QuerySelector("svg")!.GetAttribute("role"));
        Assert.Contains("Ціль на 2020 рік: 50.", figure.QuerySelector("svg desc")!.TextContent);
        Assert.Contains("Немає даних: Фактичних значень ще не внесено.", System.Text.RegularExpressions.Regex.Replace(figure.TextContent, @"\s+", " "));
    }

    [Fact]
    public async Task Another_groups_member_reads_the_values_without_the_buttons_and_in_english_the_page_is_english()
    {
        await MonitoringServiceTests.AdoptedTaskAsync(App);
        SignIn(await App.UserIdAsync(Demo.Economy), Demo.Economy, WorkspaceRoles.Member);
        UseCulture("en");

        var page = Render<MonitoringPage>();

        page.WaitForAssertion(() => Assert.Contains("Indicators of edition", page.Markup));
        var table = page.FindAll(".indicator-values table").Last();
        Assert.Equal(["Period", "Target", "Actual value", "Source of the value"], table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()));
        Assert.Empty(table.QuerySelectorAll("button"));
    }

    [Fact]
    public async Task The_dialog_records_a_value_and_shows_a_refusal_on_its_field_keeping_what_was_typed()
    {
        var (taskId, indicator, _) = await MonitoringServiceTests.AdoptedTaskAsync(App);
        SignIn(await App.UserIdAsync(Demo.Infrastructure), Demo.Infrastructure, WorkspaceRoles.Member);
        var measured = new MonitoredIndicator(indicator, "2.4.1-1", []);
        var (provider, dialog) = await OpenDialogAsync<RecordValueDialog>("Показник", new DialogParameters<RecordValueDialog>
        {
            { d => d.ItemId, taskId }, { d => d.Indicator, measured }, { d => d.Period, new MonitoringPeriod(2017) },
        });
        Assert.Equal("Служба автомобільних доріг", provider.FindAll("input")[1].GetAttribute("value"));

        provider.Find("#indicator-value").Input("2000000000000");
        await provider.Find("form").SubmitAsync();
        provider.WaitForAssertion(() => Assert.Contains("Значення завелике.", provider.Markup));
        Assert.False(dialog.Result.IsCompleted);

        provider.Find("#indicator-value").Input("18,5");
        await provider.Find("form").SubmitAsync();

        Assert.False((await dialog.Result)!.Canceled);
        var history = await App.Scoped<MonitoringService>().GetHistoryAsync(await App.UserIdAsync(Demo.Infrastructure), taskId, indicator.Key);
        Assert.Equal(18.5m, Assert.Single(history).NewValue);
    }
}

/// <summary>Before the council adopts an edition: the page says how monitoring starts, and the chair sees where to record the adoption.</summary>
public sealed class MonitoringBeforeAdoptionTests(WorkspaceFixture fixture) : WorkspaceFixtureComponentTest(fixture)
{
    [Fact]
    public async Task Nothing_adopted_the_page_says_how_monitoring_starts_and_the_edition_offers_the_chair_to_record_the_adoption()
    {
        SignIn(await App.UserIdAsync(Demo.Chair), Demo.Chair, WorkspaceRoles.Chair);

        var page = Render<MonitoringPage>();
        page.WaitForAssertion(() => Assert.Contains("Жодну редакцію ще не ухвалено.", page.Markup));

        var panel = Render<EditionAdoptionPanel>(p => p.Add(x => x.Number, 1));
        panel.WaitForAssertion(() => Assert.Contains("Зазначити ухвалення", panel.Markup));
    }

    [Fact]
    public async Task A_member_does_not_see_the_chairs_button()
    {
        SignIn(await App.UserIdAsync(Demo.Economy), Demo.Economy, WorkspaceRoles.Member);

        var panel = Render<EditionAdoptionPanel>(p => p.Add(x => x.Number, 1));

        panel.WaitForAssertion(() => Assert.DoesNotContain("Зазначити ухвалення", panel.Markup));
        Assert.Empty(panel.FindAll("button"));
    }
}
