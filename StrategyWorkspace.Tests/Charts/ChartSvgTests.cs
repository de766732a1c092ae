using System.Globalization;
using System.Xml.Linq;
using StrategyWorkspace.Charts;

namespace StrategyWorkspace.Tests.Charts;

/// <summary>Charts as SVG: named and described for a screen reader, series told apart by dashes and markers, hostile text kept as text.</summary>
public sealed class ChartSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void A_line_chart_carries_its_title_and_description_and_draws_targets_dashed_and_actual_values_solid()
    {
        var svg = XElement.Parse(ChartSvg.Line("c1", "Частка доріг", "Ціль на 2020 рік: 50.", ["2015", "2016", "2017", "2018"],
        [
            new LineSeries("Цілі", SeriesStyle.Target, [(0, 12m), (3, 30m)]),
            new LineSeries("Факт", SeriesStyle.Actual, [(1, 14m), (2, 20m)]),
        ], CultureInfo.GetCultureInfo("uk")));

        Assert.Equal(("img", "c1-title", "c1-desc"), ((string?)svg.Attribute("role"), (string?)svg.Attribute("aria-labelledby"), (string?)svg.Attribute("aria-describedby")));
        Assert.Equal("Частка доріг", svg.Element(Svg + "title")!.Value);
        Assert.Equal("Ціль на 2020 рік: 50.", svg.Element(Svg + "desc")!.Value);
        var lines = svg.Descendants(Svg + "polyline").ToList();
        Assert.Equal(["6 4", null], lines.Select(l => (string?)l.Attribute("stroke-dasharray")));
        Assert.Equal(2, svg.Descendants(Svg + "g").Single(g => ((string?)g.Attribute("class"))!.Contains("chart-actual")).Elements(Svg + "circle").Count());
        Assert.Equal(2, svg.Descendants(Svg + "g").Single(g => ((string?)g.Attribute("class"))!.Contains("chart-target")).Elements(Svg + "rect").Count());
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "Цілі");
    }

    [Fact]
    public void Hostile_names_stay_text_and_one_value_alone_still_draws()
    {
        var markup = ChartSvg.Line("c2", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", ["2018"],
            [new LineSeries("<b>Факт</b>", SeriesStyle.Actual, [(0, 5m)])], CultureInfo.InvariantCulture);

        Assert.DoesNotContain("<script>", markup);
        Assert.DoesNotContain("<img", markup);
        var svg = XElement.Parse(markup);
        Assert.Equal("<script>alert(1)</script>", svg.Element(Svg + "title")!.Value);
        Assert.Single(svg.Descendants(Svg + "g").Single(g => ((string?)g.Attribute("class"))!.Contains("chart-actual")).Elements(Svg + "circle"));
    }

    [Fact]
    public void A_bar_chart_draws_planned_hatched_and_spent_solid_side_by_side()
    {
        var svg = XElement.Parse(ChartSvg.Bars("b1", "Гроші", "Усього заплановано 4 000.", ["2018", "2019"],
        [
            new BarSeries("Заплановано", SeriesStyle.Planned, [1000m, 3000m]),
            new BarSeries("Витрачено", SeriesStyle.Spent, [1200m, 0m]),
        ], CultureInfo.GetCultureInfo("uk")));

        var bars = svg.Descendants(Svg + "rect").Where(r => ((string?)r.Attribute("class"))?.StartsWith("chart-bar", StringComparison.Ordinal) == true).ToList();
        // Two categories × two series, and the legend's two swatches.
        Assert.Equal(6, bars.Count);
        Assert.Equal(3, bars.Count(b => (string?)b.Attribute("fill") == "url(#b1-hatch)"));
        Assert.NotNull(svg.Descendants(Svg + "pattern").SingleOrDefault(p => (string?)p.Attribute("id") == "b1-hatch"));
        var planned2019 = bars.Where(b => (string?)b.Attribute("fill") == "url(#b1-hatch)").Skip(1).First();
        var planned2018 = bars.Where(b => (string?)b.Attribute("fill") == "url(#b1-hatch)").First();
        Assert.True((double)planned2019.Attribute("height")! > 2.5 * (double)planned2018.Attribute("height")!);
    }
}
