using System.Globalization;
using System.Xml.Linq;

namespace StrategyWorkspace.Charts;

/// <summary>
/// How a series is drawn, so that it reads without colour: a target is a dashed line through hollow squares, an actual value a solid
/// line through filled circles, a baseline a filled diamond; a planned amount a hatched bar, a spent amount a solid one.
/// </summary>
public enum SeriesStyle
{
    Baseline,
    Target,
    Actual,
    Planned,
    Spent,
}

/// <summary>A line of a line chart: values at some of the chart's categories (by index), in order.</summary>
public sealed record LineSeries(string Name, SeriesStyle Style, IReadOnlyList<(int Category, decimal Value)> Points);

/// <summary>A series of a bar chart: one value per category.</summary>
public sealed record BarSeries(string Name, SeriesStyle Style, IReadOnlyList<decimal> Values);

/// <summary>
/// Charts as standalone SVG: the same markup shows on a page (where the stylesheet recolours it for the dark theme) and goes into a
/// Word report. Every text goes through <see cref="XElement"/>, so a hostile indicator name is text, never markup. The SVG carries
/// its title and description (role img); the page shows the data as a table beside it.
/// </summary>
public static class ChartSvg
{
    private const double Width = 640;
    private const double Height = 280;
    private const double Left = 72;
    private const double Right = 16;
    private const double LegendRow = 20;
    private const double Bottom = 36;
    private const string Ink = "#1b1b1b";
    private const string Grid = "#c4c4c4";

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static string Colour(SeriesStyle style) => style switch
    {
        SeriesStyle.Target or SeriesStyle.Planned => "#8a4b00",
        SeriesStyle.Baseline => "#5a5a5a",
        _ => "#0d5cab",
    };

    /// <summary>A line chart over <paramref name="categories"/> (periods), with a legend drawn in each series' own marker and dash.</summary>
    public static string Line(string id, string title, string description, IReadOnlyList<string> categories, IReadOnlyList<LineSeries> series,
        CultureInfo culture)
    {
        var values = series.SelectMany(s => s.Points.Select(p => p.Value)).ToList();
        var legend = Legend(series.Select(s => (s.Name, s.Style)));
        var scale = Scale.Of(values, legend.Top);
        var plotWidth = Width - Left - Right;
        double X(int category) => Left + (categories.Count == 1 ? plotWidth / 2 : plotWidth * category / (categories.Count - 1));

        var svg = Root(id, title, description);
        svg.Add(Axes(scale, culture));
        var labelEvery = Math.Max(1, (int)Math.Ceiling(categories.Count / 12.0));
        for (var index = 0; index < categories.Count; index += labelEvery)
        {
            svg.Add(Text(X(index), Height - Bottom + 18, categories[index], "middle"));
        }
        foreach (var line in series)
        {
            var points = line.Points.Select(p => (X: X(p.Category), Y: scale.Y(p.Value))).ToList();
            var group = new XElement(Svg + "g", new XAttribute("class", $"chart-series chart-{line.Style.ToString().ToLowerInvariant()}"));
            if (points.Count > 1)
            {
                group.Add(new XElement(Svg + "polyline",
                    new XAttribute("points", string.Join(' ', points.Select(p => $"{Number(p.X)},{Number(p.Y)}"))),
                    new XAttribute("fill", "none"), new XAttribute("stroke", Colour(line.Style)), new XAttribute("stroke-width", 2),
                    line.Style == SeriesStyle.Target ? new XAttribute("stroke-dasharray", "6 4") : null));
            }
            group.Add(points.Select(p => Marker(line.Style, p.X, p.Y)));
            svg.Add(group);
        }
        svg.Add(legend.Element);
        return svg.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>A bar chart: for each category, a bar of each series side by side.</summary>
    public static string Bars(string id, string title, string description, IReadOnlyList<string> categories, IReadOnlyList<BarSeries> series,
        CultureInfo culture)
    {
        var legend = Legend(series.Select(s => (s.Name, s.Style)), $"{id}-hatch");
        var scale = Scale.Of(series.SelectMany(s => s.Values).Append(0m).ToList(), legend.Top);
        var slot = (Width - Left - Right) / Math.Max(1, categories.Count);
        var barWidth = Math.Min(36, slot * 0.8 / Math.Max(1, series.Count));

        var svg = Root(id, title, description);
        svg.Add(new XElement(Svg + "defs", new XElement(Svg + "pattern",
            new XAttribute("id", $"{id}-hatch"), new XAttribute("width", 6), new XAttribute("height", 6),
            new XAttribute("patternUnits", "userSpaceOnUse"), new XAttribute("patternTransform", "rotate(45)"),
            new XElement(Svg + "rect", new XAttribute("width", 6), new XAttribute("height", 6), new XAttribute("fill", "#ffffff")),
            new XElement(Svg + "line", new XAttribute("x1", 0), new XAttribute("y1", 0), new XAttribute("x2", 0), new XAttribute("y2", 6),
                new XAttribute("stroke", Colour(SeriesStyle.Planned)), new XAttribute("stroke-width", 3)))));
        svg.Add(Axes(scale, culture));
        for (var index = 0; index < categories.Count; index++)
        {
            var start = Left + slot * index + (slot - barWidth * series.Count) / 2;
            svg.Add(Text(Left + slot * index + slot / 2, Height - Bottom + 18, categories[index], "middle"));
            for (var s = 0; s < series.Count; s++)
            {
                var value = series[s].Values[index];
                var top = scale.Y(Math.Max(0, value));
                var bottom = scale.Y(0);
                svg.Add(new XElement(Svg + "rect",
                    new XAttribute("class", $"chart-bar chart-{series[s].Style.ToString().ToLowerInvariant()}"),
                    new XAttribute("x", Number(start + barWidth * s)), new XAttribute("y", Number(top)),
                    new XAttribute("width", Number(barWidth - 2)), new XAttribute("height", Number(Math.Max(0, bottom - top))),
                    new XAttribute("fill", series[s].Style == SeriesStyle.Planned ? $"url(#{id}-hatch)" : Colour(series[s].Style)),
                    new XAttribute("stroke", Colour(series[s].Style)), new XAttribute("stroke-width", 1.5)));
            }
        }
        svg.Add(legend.Element);
        return svg.ToString(SaveOptions.DisableFormatting);
    }

    private static XElement Root(string id, string title, string description) =>
        new(Svg + "svg",
            new XAttribute("viewBox", $"0 0 {Width} {Height}"), new XAttribute("width", Width), new XAttribute("height", Height),
            new XAttribute("role", "img"), new XAttribute("aria-labelledby", $"{id}-title"), new XAttribute("aria-describedby", $"{id}-desc"), new XAttribute("class", "chart"),
            new XAttribute("font-family", "Arial, Helvetica, sans-serif"), new XAttribute("font-size", 12),
            new XElement(Svg + "title", new XAttribute("id", $"{id}-title"), title),
            new XElement(Svg + "desc", new XAttribute("id", $"{id}-desc"), description),
            new XElement(Svg + "rect", new XAttribute("class", "chart-background"), new XAttribute("width", Width), new XAttribute("height", Height),
                new XAttribute("fill", "#ffffff")));

    private static XElement Axes(Scale scale, CultureInfo culture)
    {
        var axes = new XElement(Svg + "g", new XAttribute("class", "chart-axes"));
        foreach (var tick in scale.Ticks)
        {
            var y = scale.Y(tick);
            axes.Add(new XElement(Svg + "line", new XAttribute("class", "chart-grid"), new XAttribute("x1", Left), new XAttribute("x2", Width - Right),
                new XAttribute("y1", Number(y)), new XAttribute("y2", Number(y)), new XAttribute("stroke", Grid), new XAttribute("stroke-width", 1)));
            axes.Add(Text(Left - 6, y + 4, tick.ToString("#,0.##", culture), "end"));
        }
        axes.Add(new XElement(Svg + "line", new XAttribute("class", "chart-axis"), new XAttribute("x1", Left), new XAttribute("x2", Left),
            new XAttribute("y1", scale.Top), new XAttribute("y2", Height - Bottom), new XAttribute("stroke", Ink)));
        return axes;
    }

    /// <summary>The legend, each entry in its series' own marker and dash, wrapped into rows; <c>Top</c>: where the plot may start below it.</summary>
    private static (XElement Element, double Top) Legend(IEnumerable<(string Name, SeriesStyle Style)> entries, string? hatch = null)
    {
        var legend = new XElement(Svg + "g", new XAttribute("class", "chart-legend"));
        var x = Left;
        var y = 17.0;
        foreach (var (name, style) in entries)
        {
            // Text is not measured here: about 7 units a letter at this size, Cyrillic or Latin.
            var width = 44 + name.Length * 7;
            if (x > Left && x + width > Width - Right)
            {
                x = Left;
                y += LegendRow;
            }
            if (style is SeriesStyle.Planned or SeriesStyle.Spent)
            {
                legend.Add(new XElement(Svg + "rect", new XAttribute("x", Number(x)), new XAttribute("y", Number(y - 7)), new XAttribute("width", 14), new XAttribute("height", 14),
                    new XAttribute("class", $"chart-bar chart-{style.ToString().ToLowerInvariant()}"),
                    new XAttribute("fill", style == SeriesStyle.Planned && hatch is not null ? $"url(#{hatch})" : Colour(style)),
                    new XAttribute("stroke", Colour(style)), new XAttribute("stroke-width", 1.5)));
            }
            else
            {
                legend.Add(new XElement(Svg + "line", new XAttribute("x1", Number(x)), new XAttribute("x2", Number(x + 24)), new XAttribute("y1", Number(y)), new XAttribute("y2", Number(y)),
                    new XAttribute("class", $"chart-{style.ToString().ToLowerInvariant()}"),
                    new XAttribute("stroke", Colour(style)), new XAttribute("stroke-width", style == SeriesStyle.Baseline ? 0 : 2),
                    style == SeriesStyle.Target ? new XAttribute("stroke-dasharray", "6 4") : null));
                legend.Add(Marker(style, x + 12, y));
            }
            legend.Add(Text(x + 30, y + 4, name, "start"));
            x += width;
        }
        return (legend, y + LegendRow);
    }

    private static XElement Marker(SeriesStyle style, double x, double y) => style switch
    {
        SeriesStyle.Target => new XElement(Svg + "rect", new XAttribute("x", Number(x - 4.5)), new XAttribute("y", Number(y - 4.5)),
            new XAttribute("width", 9), new XAttribute("height", 9), new XAttribute("class", "chart-marker-hollow"), new XAttribute("fill", "#ffffff"),
            new XAttribute("stroke", Colour(style)), new XAttribute("stroke-width", 2)),
        SeriesStyle.Baseline => new XElement(Svg + "polygon",
            new XAttribute("points", $"{Number(x)},{Number(y - 6)} {Number(x + 6)},{Number(y)} {Number(x)},{Number(y + 6)} {Number(x - 6)},{Number(y)}"),
            new XAttribute("class", "chart-marker-baseline"), new XAttribute("fill", Colour(style))),
        _ => new XElement(Svg + "circle", new XAttribute("cx", Number(x)), new XAttribute("cy", Number(y)), new XAttribute("r", 4.5),
            new XAttribute("class", "chart-marker-solid"), new XAttribute("fill", Colour(style))),
    };

    private static XElement Text(double x, double y, string text, string anchor) =>
        new(Svg + "text", new XAttribute("x", Number(x)), new XAttribute("y", Number(y)), new XAttribute("text-anchor", anchor),
            new XAttribute("class", "chart-text"), new XAttribute("fill", Ink), text);

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>The vertical axis: a range a little wider than the values, with about five round ticks.</summary>
    private sealed record Scale(double Min, double Max, IReadOnlyList<decimal> Ticks, double Top)
    {
        public double Y(decimal value) => Height - Bottom - (Height - Top - Bottom) * (((double)value - Min) / (Max - Min));

        public static Scale Of(IReadOnlyList<decimal> values, double top)
        {
            var low = values.Count == 0 ? 0 : (double)values.Min();
            var high = values.Count == 0 ? 1 : (double)values.Max();
            if (high - low < 1e-9)
            {
                low -= Math.Max(1, Math.Abs(low) * 0.1);
                high += Math.Max(1, Math.Abs(high) * 0.1);
            }
            var rough = (high - low) / 5;
            var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
            var step = new[] { 1, 2, 2.5, 5, 10 }.Select(f => f * power).First(s => s >= rough);
            var min = Math.Floor(low / step) * step;
            var max = Math.Ceiling(high / step) * step;
            var ticks = new List<decimal>();
            for (var tick = min; tick <= max + step / 2; tick += step)
            {
                ticks.Add((decimal)Math.Round(tick, 10));
            }
            return new Scale(min, max, ticks, top);
        }
    }
}
