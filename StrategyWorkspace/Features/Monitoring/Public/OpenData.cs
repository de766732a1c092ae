using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using StrategyWorkspace.Features.Export;

namespace StrategyWorkspace.Features.Monitoring;

/// <summary>A column of an open data set: its name in the files (fixed, for programs) and the resource key of what it holds (for people).</summary>
public sealed record OpenDataColumn(string Name, string DescriptionKey);

/// <summary>
/// An open data set of the strategy's results: its name in the address, the resource keys of its title, and its columns. The page that
/// documents the columns and the files themselves are made from the same list, so they cannot say different things.
/// </summary>
public sealed record OpenDataSet(string Name, string TitleKey, IReadOnlyList<OpenDataColumn> Columns)
{
    /// <summary>The set's rows from the results, each with a value for every column in order.</summary>
    internal Func<PublicResults, IEnumerable<object?[]>> Rows { get; init; } = _ => [];

    public string CsvPath => $"/results/data/{Name}.csv";

    public string JsonPath => $"/results/data/{Name}.json";
}

/// <summary>
/// The open data of the adopted strategy: its indicators, their targets and actual values by period, and its projects with their
/// status and money. Plain values in the files (codes, not words: <c>on_track</c>, <c>in_progress</c>; numbers with a decimal point),
/// so the same file reads the same in any language.
/// </summary>
internal static class OpenData
{
    public static readonly OpenDataSet Indicators = new("indicators", "OpenData_Indicators",
    [
        new("code", "OpenData_Code"), new("group_number", "OpenData_GroupNumber"), new("group_name", "OpenData_GroupName"),
        new("item_number", "OpenData_ItemNumber"), new("item_kind", "OpenData_ItemKind"), new("item_title", "OpenData_ItemTitle"),
        new("name", "OpenData_Name"), new("unit", "OpenData_Unit"), new("data_source", "OpenData_DataSource"),
        new("periodicity", "OpenData_Periodicity"), new("baseline_year", "OpenData_BaselineYear"), new("baseline_value", "OpenData_BaselineValue"),
        new("latest_period", "OpenData_LatestPeriod"), new("latest_value", "OpenData_LatestValue"), new("expected_value", "OpenData_ExpectedValue"),
        new("standing", "OpenData_Standing"),
    ]) { Rows = IndicatorRows };

    public static readonly OpenDataSet Values = new("values", "OpenData_Values",
    [
        new("code", "OpenData_Code"), new("period", "OpenData_Period"), new("year", "OpenData_Year"), new("half", "OpenData_Half"),
        new("target", "OpenData_Target"), new("actual", "OpenData_Actual"), new("value_source", "OpenData_ValueSource"), new("note", "OpenData_Note"),
    ]) { Rows = ValueRows };

    public static readonly OpenDataSet Projects = new("projects", "OpenData_Projects",
    [
        new("number", "OpenData_ProjectNumber"), new("group_number", "OpenData_GroupNumber"), new("group_name", "OpenData_GroupName"),
        new("task_number", "OpenData_TaskNumber"), new("title", "OpenData_ProjectTitle"), new("status", "OpenData_Status"),
        new("percent", "OpenData_Percent"), new("planned", "OpenData_Planned"), new("spent", "OpenData_Spent"),
        new("territory", "OpenData_Territory"), new("executors", "OpenData_Executors"), new("latest_note_on", "OpenData_LatestNoteOn"),
        new("latest_note", "OpenData_LatestNote"),
    ]) { Rows = ProjectRows };

    public static readonly IReadOnlyList<OpenDataSet> Sets = [Indicators, Values, Projects];

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), WriteIndented = true };

    public static OpenDataSet? Find(string name) => Sets.FirstOrDefault(s => s.Name == name);

    public static byte[] Csv(OpenDataSet set, PublicResults results)
    {
        var csv = new CsvTable().Header(set.Columns.Select(c => c.Name));
        foreach (var row in set.Rows(results))
        {
            csv.Row(row);
        }
        return csv.ToBytes();
    }

    /// <summary>The set as JSON: which edition it comes from, and its rows as objects whose fields are the columns.</summary>
    public static byte[] JsonFile(OpenDataSet set, PublicResults results)
    {
        var rows = set.Rows(results).Select(row => set.Columns.Select((column, i) => (column.Name, Value: row[i])).ToDictionary(f => f.Name, f => f.Value));
        var file = new Dictionary<string, object?>
        {
            ["dataset"] = set.Name,
            ["strategy"] = results.StrategyTitle,
            ["edition"] = results.Values.EditionNumber,
            ["adopted_on"] = results.Values.AdoptedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["rows"] = rows,
        };
        return Encoding.UTF8.GetBytes(JsonSerializer.Serialize(file, Json));
    }

    /// <summary>A number as written, without the trailing zeros a database keeps (20.0 is 20).</summary>
    private static decimal? Plain(decimal? value) => value is { } number ? number / 1.000000000000000000000000000000000m : null;

    /// <summary>A period as the files write it, and as a file of values loads it back: 2017, 2017-H1, 2017-H2.</summary>
    public static string Period(MonitoringPeriod period) =>
        period.IsWholeYear ? period.Year.ToString(CultureInfo.InvariantCulture) : $"{period.Year}-H{period.Half}";

    /// <summary>An enumeration's value as a code: InProgress is in_progress.</summary>
    public static string Code<T>(T value) where T : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static IEnumerable<object?[]> IndicatorRows(PublicResults results) =>
        from g in results.Values.Groups
        from item in g.Items
        from indicator in item.Indicators
        let standing = indicator.Standing
        select new object?[]
        {
            indicator.Code, g.Position, g.Name, item.Number.ToString(), Code(item.Number.Kind), item.Title,
            indicator.Indicator.Name, indicator.Indicator.Unit, indicator.Indicator.Source, Code(indicator.Indicator.Periodicity),
            indicator.Indicator.BaselineYear, Plain(indicator.Indicator.BaselineValue),
            standing.Period is { } period ? Period(period) : null, Plain(standing.Actual), Plain(standing.Expected), Code(standing.Standing),
        };

    // A row for every period with a target or a value, in order: the targets and the actual values side by side.
    private static IEnumerable<object?[]> ValueRows(PublicResults results) =>
        from g in results.Values.Groups
        from item in g.Items
        from indicator in item.Indicators
        let targets = indicator.Indicator.Targets.Where(t => t.Year is not null && t.Value is not null).ToDictionary(t => t.Year!.Value, t => t.Value)
        let periods = targets.Keys.Select(y => new MonitoringPeriod(y, indicator.Indicator.Periodicity == Periodicity.Annual ? 0 : 2))
            .Union(indicator.Values.Select(v => v.Period)).Order()
        from period in periods
        let value = indicator.ValueOf(period)
        select new object?[]
        {
            indicator.Code, Period(period), period.Year, period.Half, period.Half == 1 ? null : Plain(targets.GetValueOrDefault(period.Year)),
            Plain(value?.Value), value?.Source, value?.Note,
        };

    private static IEnumerable<object?[]> ProjectRows(PublicResults results)
    {
        foreach (var group in results.Progress.Groups)
        {
            var byTask = group.Goals.SelectMany(g => g.Tasks).Concat(group.TasksWithoutGoal)
                .SelectMany(t => t.Projects.Select(p => (Task: (ItemNumber?)t.Number, Project: p)))
                .Concat(group.ProjectsWithoutTask.Select(p => (Task: (ItemNumber?)null, Project: p)))
                .OrderBy(p => p.Project.Number);
            foreach (var (task, project) in byTask)
            {
                yield return
                [
                    project.Number.ToString(), group.Position, group.Name, task?.ToString(), project.Title, Code(project.Status), project.Percent,
                    Plain(project.Planned), Plain(project.SpentTotal), project.Plan.Territory, project.Plan.Executors,
                    project.LatestNote?.On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), project.LatestNote?.Text,
                ];
            }
        }
    }
}
