using Bunit;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Tests.Features.Export;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Items;

public sealed class IndicatorsViewTests : WorkspaceComponentTest
{
    [Fact]
    public void The_indicators_are_a_table_with_a_column_per_target_year_and_numbers_as_the_reader_writes_them()
    {
        var view = Render<IndicatorsView>(p => p.Add(x => x.Indicators, ExportSamples.Indicators));

        Assert.Equal("Індикатори", view.Find("caption").TextContent.Trim());
        Assert.Equal(["Індикатор", "Одиниця виміру", "Джерело даних", "Періодичність", "Базове значення (рік)", "2018", "2020"],
            view.FindAll("thead th").Select(th => th.TextContent.Trim()));
        Assert.Equal(["%", "Держстат", "щороку", "базове 11,8 (2015)", "10", "8,5"], view.FindAll("tbody td").Select(td => td.TextContent.Trim()));
        Assert.Equal("Рівень безробіття", view.Find("tbody th[scope=row]").TextContent.Trim());
    }

    [Fact]
    public void No_indicators_show_nothing()
    {
        var view = Render<IndicatorsView>(p => p.Add(x => x.Indicators, IndicatorSet.Empty));

        Assert.Empty(view.Markup.Trim());
    }

    [Fact]
    public void In_the_editor_a_new_indicator_and_a_new_target_year_come_from_their_buttons_and_a_refusal_shows_on_its_field()
    {
        IndicatorSet? changed = null;
        var fields = Render<IndicatorsFields>(p => p
            .Add(x => x.Value, ExportSamples.Indicators)
            .Add(x => x.Horizon, 2020)
            .Add(x => x.ValueChanged, set => changed = set)
            .Add(x => x.ErrorFor, field => field == "Indicators[0].Unit" ? "Вкажіть одиницю виміру" : null));

        Assert.Contains("Вкажіть одиницю виміру", fields.Markup);
        fields.FindAll("button").Single(b => b.TextContent.Trim() == "Додати індикатор").Click();
        Assert.Equal(2, changed!.Count);
        Assert.Equal(Periodicity.Annual, changed.Items[1].Periodicity);

        fields.FindAll("button").First(b => b.TextContent.Trim() == "Додати рік").Click();
        // The next year after the last target, as far as the horizon: none after 2020.
        Assert.Equal(3, changed.Items[0].Targets.Count);
        Assert.Null(changed.Items[0].Targets[2].Year);

        fields.Find("button[aria-label='Вилучити індикатор 1']").Click();
        Assert.Equal(0, changed.Count);
    }
}

public sealed class IndicatorsViewInEnglishTests() : WorkspaceComponentTest("en")
{
    [Fact]
    public void In_english_the_headings_and_numbers_are_english()
    {
        var view = Render<IndicatorsView>(p => p.Add(x => x.Indicators, ExportSamples.Indicators));

        Assert.Equal("Indicators", view.Find("caption").TextContent.Trim());
        Assert.Equal(["%", "Держстат", "annual", "baseline 11.8 (2015)", "10", "8.5"], view.FindAll("tbody td").Select(td => td.TextContent.Trim()));
    }
}
