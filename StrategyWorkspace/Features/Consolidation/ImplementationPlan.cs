using System.Globalization;
using Microsoft.Extensions.Localization;

namespace StrategyWorkspace.Features.Consolidation;

/// <summary>What a line of the plan is: a project's line for one funding source, or a total.</summary>
public enum PlanLineKind
{
    Project,
    TaskTotal,
    GoalTotal,
    GroupTotal,
    SourceTotal,
    GrandTotal,
}

/// <summary>
/// One line of the plan's table: the task (on its first line), the project or measure, its period and executors (on the project's
/// first line), the funding source, an amount per year of <see cref="ImplementationPlan.Years"/>, the line's total and the indicators
/// the project moves. A total line names what it sums in <see cref="Task"/> and leaves the project's columns empty.
/// </summary>
public sealed record PlanLine(
    PlanLineKind Kind, string Task, string Project, string Period, string Executors, string Source,
    IReadOnlyList<decimal?> Amounts, decimal? Total, string Indicators)
{
    public bool IsTotal => Kind != PlanLineKind.Project;
}

/// <summary>
/// The Plan of implementation of projects and tasks of one edition, as one table every reader writes the same way (the edition page,
/// the print page, Word, Markdown and the spreadsheet): for each group, for each of its goals, the tasks that serve the goal, each with
/// its projects and measures a line per funding source, then the totals of the task, the goal and the group; at the end the totals by
/// source and of the whole plan. A project stands under the first task it serves (so its money is counted once); a task whose goal is
/// not in the edition stands under its own group; a project whose tasks are not in the edition comes last, under its own heading.
/// Every sum is a sum of decimals, so the totals add up exactly.
/// </summary>
public sealed class ImplementationPlan
{
    private ImplementationPlan(IReadOnlyList<int> years, IReadOnlyList<PlanLine> lines, int projectCount)
    {
        Years = years;
        Lines = lines;
        ProjectCount = projectCount;
    }

    /// <summary>The years any project is funded in, in order: the amount columns.</summary>
    public IReadOnlyList<int> Years { get; }

    public IReadOnlyList<PlanLine> Lines { get; }

    public int ProjectCount { get; }

    public bool IsEmpty => ProjectCount == 0;

    /// <summary>The plan's total, exact.</summary>
    public decimal GrandTotal => Lines.LastOrDefault(l => l.Kind == PlanLineKind.GrandTotal)?.Total ?? 0m;

    /// <summary>The columns before the amounts: task, project, period, executors, source.</summary>
    public const int TextColumns = 5;

    /// <summary>Whether a column of the table holds amounts (a year's or the total), which read right-aligned.</summary>
    public bool IsAmountColumn(int column) => column >= TextColumns && column <= TextColumns + Years.Count;

    /// <summary>
    /// The column headings: task, project or measure, period, executors, funding source, a column per year, total, indicators.
    /// </summary>
    public IReadOnlyList<string> Header(IStringLocalizer localizer) =>
        [
            localizer["Plan_Task"], localizer["Plan_Project"], localizer["Plan_Period"], localizer["Plan_Executors"], localizer["Plan_Source"],
            .. Years.Select(y => y.ToString(CultureInfo.InvariantCulture)), localizer["Plan_Total"], localizer["Plan_Indicators"],
        ];

    /// <summary>The table as text, header first, amounts as <paramref name="culture"/> writes numbers: for Word, Markdown and the page.</summary>
    public IReadOnlyList<string[]> AsText(IStringLocalizer localizer, CultureInfo culture) =>
        [
            [.. Header(localizer)],
            .. Lines.Select(l => new[] { l.Task, l.Project, l.Period, l.Executors, l.Source }
                .Concat(l.Amounts.Select(a => ProjectWords.Amount(a, culture)))
                .Append(ProjectWords.Amount(l.Total, culture)).Append(l.Indicators).ToArray()),
        ];

    /// <summary>The plan of an edition, its words (headings of totals, sources) in <paramref name="localizer"/>'s language.</summary>
    public static ImplementationPlan Of(EditionDocument document, IStringLocalizer localizer)
    {
        IEnumerable<EditionItem> Held(EditionGroup group, ItemKind kind) => group.Sections.Where(s => s.Kind == kind).SelectMany(s => s.Items);
        var projects = document.Groups.SelectMany(g => Held(g, ItemKind.Project)).ToList();
        var tasks = document.Groups.SelectMany(g => Held(g, ItemKind.Task)).ToDictionary(t => t.ItemId);
        var goals = document.Groups.SelectMany(g => Held(g, ItemKind.Goal)).Select(g => g.ItemId).ToHashSet();
        var years = projects.SelectMany(p => p.Project?.Years ?? []).Distinct().Order().ToList();
        var builder = new Builder(years, localizer);

        // Each project under the first task it serves; each task under the first goal it serves.
        int? First(EditionItem item, Func<int, bool> held) => item.LinksTo.Where(l => held(l.ItemId)).OrderBy(l => l.Number).FirstOrDefault()?.ItemId;
        var projectsOfTask = projects.ToLookup(p => First(p, tasks.ContainsKey));
        var goalOf = tasks.Values.ToDictionary(t => t.ItemId, t => First(t, goals.Contains));
        var tasksOfGoal = tasks.Values.Where(t => goalOf[t.ItemId] is not null).OrderBy(t => t.Number).ToLookup(t => goalOf[t.ItemId]);

        foreach (var group in document.Groups)
        {
            var groupLines = new List<PlanLine>();
            foreach (var goal in Held(group, ItemKind.Goal))
            {
                var goalLines = builder.TaskLines(tasksOfGoal[goal.ItemId], projectsOfTask);
                if (goalLines.Count > 0)
                {
                    groupLines.AddRange(goalLines);
                    groupLines.Add(builder.Total(PlanLineKind.GoalTotal, localizer["Plan_TotalGoal", goal.Number.ToString()], goalLines));
                }
            }
            // Tasks whose goal the edition does not hold stand under their own group, after its goals.
            groupLines.AddRange(builder.TaskLines(Held(group, ItemKind.Task).Where(t => goalOf[t.ItemId] is null), projectsOfTask));
            if (groupLines.Count > 0)
            {
                builder.Lines.AddRange(groupLines);
                builder.Lines.Add(builder.Total(PlanLineKind.GroupTotal, localizer["Plan_TotalGroup", $"{group.Position}. {group.Name}"], groupLines));
            }
        }
        builder.Lines.AddRange(builder.ProjectLines(localizer["Plan_NoTask"], projectsOfTask[null]));

        var projectLines = builder.Lines.Where(l => l.Kind == PlanLineKind.Project).ToList();
        foreach (var source in Enum.GetValues<FundingSource>())
        {
            var ofSource = projects.Select(p => p.Project).OfType<ProjectPlan>().Where(p => p.Sources.Contains(source)).ToList();
            if (ofSource.Count > 0)
            {
                builder.Lines.Add(new PlanLine(PlanLineKind.SourceTotal, localizer["Plan_TotalSource"], "", "", "", ProjectWords.Source(localizer, source),
                    years.Select(y => (decimal?)ofSource.Sum(p => p.AmountOf(source, y))).ToList(), ofSource.Sum(p => p.TotalOf(source)), ""));
            }
        }
        if (projects.Count > 0)
        {
            builder.Lines.Add(builder.Total(PlanLineKind.GrandTotal, localizer["Plan_GrandTotal"], projectLines));
        }
        return new ImplementationPlan(years, builder.Lines, projects.Count);
    }

    private sealed class Builder(IReadOnlyList<int> years, IStringLocalizer localizer)
    {
        public List<PlanLine> Lines { get; } = [];

        /// <summary>Each task's projects, then the task's total; nothing for a task without projects.</summary>
        public List<PlanLine> TaskLines(IEnumerable<EditionItem> tasks, ILookup<int?, EditionItem> projectsOfTask)
        {
            var lines = new List<PlanLine>();
            foreach (var task in tasks)
            {
                var taskLines = ProjectLines($"{task.Number}. {task.Title}", projectsOfTask[task.ItemId]);
                if (taskLines.Count > 0)
                {
                    lines.AddRange(taskLines);
                    lines.Add(Total(PlanLineKind.TaskTotal, localizer["Plan_TotalTask", task.Number.ToString()], taskLines));
                }
            }
            return lines;
        }

        /// <summary>A project's lines, one per funding source (one line with no amount for a project without funding).</summary>
        public List<PlanLine> ProjectLines(string task, IEnumerable<EditionItem> projects)
        {
            var lines = new List<PlanLine>();
            foreach (var project in projects.OrderBy(p => p.Number))
            {
                var plan = project.Project ?? ProjectPlan.Empty;
                var indicators = string.Join("; ", project.Indicators?.Items.Select(i => $"{i.Name}, {i.Unit}") ?? []);
                var sources = plan.Sources.Count == 0 ? [(FundingSource?)null] : plan.Sources.Select(s => (FundingSource?)s).ToList();
                for (var i = 0; i < sources.Count; i++)
                {
                    var first = i == 0;
                    lines.Add(new PlanLine(PlanLineKind.Project,
                        first && lines.Count == 0 ? task : "",
                        first ? $"{project.Number}. {project.Title}" : "",
                        first && !plan.IsEmpty ? ProjectWords.Period(localizer, plan) : "",
                        first ? plan.Executors : "",
                        sources[i] is { } source ? ProjectWords.Source(localizer, source) : "",
                        years.Select(y => sources[i] is { } s && plan.Funding.Any(l => l.Source == s && l.Year == y) ? plan.AmountOf(s, y) : (decimal?)null).ToList(),
                        sources[i] is { } counted ? plan.TotalOf(counted) : null,
                        first ? indicators : ""));
                }
            }
            return lines;
        }

        /// <summary>A total of the project lines below it: per year and in all, exact.</summary>
        public PlanLine Total(PlanLineKind kind, string label, IEnumerable<PlanLine> lines)
        {
            var counted = lines.Where(l => l.Kind == PlanLineKind.Project).ToList();
            return new PlanLine(kind, label, "", "", "", "",
                years.Select((_, column) => (decimal?)counted.Sum(l => l.Amounts[column] ?? 0m)).ToList(), counted.Sum(l => l.Total ?? 0m), "");
        }
    }
}
