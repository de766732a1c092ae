using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using StrategyWorkspace.Features.Export;
using StrategyWorkspace.Hosting;
using StrategyWorkspace.Resources;

namespace StrategyWorkspace.Features.Monitoring;

/// <summary>
/// A monitoring report as files, in the strategy's language whatever the reader's: Word, with the charts as images (their descriptions
/// as alt text) and the figures in tables beside them; and a workbook of its indicators, projects and money.
/// </summary>
internal sealed class ReportDocuments(MonitoringReportService reports, StrategyHeading strategy, IStringLocalizer<SharedResource> localizer,
    IOptions<WorkspaceOptions> options, CommitteeClock clock)
{
    public async Task<ExportFile> DocxAsync(string? actorId, int number, CancellationToken cancellationToken = default)
    {
        using var language = DocumentLanguage.Use(options.Value.DocumentCulture);
        var (report, content) = await RequireAsync(actorId, number, cancellationToken);
        var words = new DocumentWords(localizer, clock);
        var culture = words.Culture;
        using var output = new MemoryStream();
        using (var word = new WordDocument(output, words.Language))
        {
            var title = words["Report_DocTitle", MonitoringWords.Period(localizer, report.Period)];
            var strategyTitle = await strategy.GetTitleAsync(cancellationToken);
            word.Properties(title, strategyTitle, "", report.PublishedAt ?? clock.GetUtcNow(), report.Number.ToString(CultureInfo.InvariantCulture), words.Language);
            word.AddText(WordDocument.Title, title);
            word.AddText(WordDocument.Subtitle, strategyTitle);
            word.AddText(WordDocument.Subtitle, Basis(words, report, content));

            word.AddText(WordDocument.Heading(1), words["Report_MoneyHeading"]);
            AddMoney(word, words, content.Money, words["Progress_TheStrategy"], "strategy");
            foreach (var group in content.Groups)
            {
                word.AddText(WordDocument.Heading(1), $"{group.Position}. {group.Name}");
                AddMoney(word, words, group.Money, $"{group.Position}. {group.Name}", $"group-{group.Position}");
                foreach (var goal in group.Goals)
                {
                    word.AddText(WordDocument.Heading(2), $"{goal.Number}. {goal.Title}");
                    word.AddText(null, $"{words["Progress_Label"]}: {ProgressWords.Computed(localizer, goal.Progress, culture)}");
                    AddIndicators(word, words, goal.Indicators, content.Horizon, charts: true);
                    foreach (var task in goal.Tasks)
                    {
                        AddTask(word, words, task, content.Horizon);
                    }
                }
                foreach (var task in group.TasksWithoutGoal)
                {
                    AddTask(word, words, task, content.Horizon);
                }
                if (group.ProjectsWithoutTask.Count > 0)
                {
                    word.AddText(WordDocument.Heading(3), words["Progress_ProjectsWithoutTask"]);
                    word.AddTable(ProjectRows(words, group.ProjectsWithoutTask), row => row == 0, column => column is 2 or 3 or 4);
                }
            }
            word.AddText(WordDocument.Heading(1), words["Standing_RuleQuestion"]);
            word.AddText(null, words["Standing_Rule"]);
            word.AddText(null, words["Progress_Rule"]);
        }
        return new ExportFile(output.ToArray(), EditionExports.DocxType, FileName(report, "docx"));
    }

    public async Task<ExportFile> XlsxAsync(string? actorId, int number, CancellationToken cancellationToken = default)
    {
        using var language = DocumentLanguage.Use(options.Value.DocumentCulture);
        var (report, content) = await RequireAsync(actorId, number, cancellationToken);
        var words = new DocumentWords(localizer, clock);
        var title = words["Report_DocTitle", MonitoringWords.Period(localizer, report.Period)];
        using var output = new MemoryStream();
        using (var book = new Spreadsheet(output))
        {
            var indicators = book.AddSheet(words["Report_IndicatorsSheet"], [28, 12, 40, 10, 12, 10, 12, 12, 12, 12, 14, 40], 3);
            indicators.Row([Spreadsheet.Text(title, Spreadsheet.Heading)]);
            indicators.Row([Spreadsheet.Text(Basis(words, report, content))]);
            indicators.Row(IndicatorHeader(words).Prepend(words["Report_Item"]).Select(h => Spreadsheet.Text(h, Spreadsheet.Bold)));
            foreach (var group in content.Groups)
            {
                var items = group.Goals.SelectMany(g => g.Tasks.Prepend(new ReportTask(g.Number, g.Title, g.Progress, g.Indicators, [])))
                    .Concat(group.TasksWithoutGoal);
                foreach (var item in items)
                {
                    foreach (var indicator in item.Indicators)
                    {
                        indicators.Row([
                            Spreadsheet.Text($"{item.Number}. {item.Title}"), Spreadsheet.Text(indicator.Code), Spreadsheet.Text(indicator.Indicator.Name),
                            Spreadsheet.Text(indicator.Indicator.Unit), Spreadsheet.Number(indicator.Indicator.BaselineValue),
                            Spreadsheet.Number(indicator.Indicator.BaselineYear), Spreadsheet.Number(indicator.Target), Spreadsheet.Number(indicator.Actual),
                            Spreadsheet.Number(indicator.Expected), Spreadsheet.Number(indicator.Deviation),
                            Spreadsheet.Text(StandingWords.Name(localizer, indicator.Standing)), Spreadsheet.Text(indicator.Reason),
                        ]);
                    }
                }
            }

            var projects = book.AddSheet(words["Report_ProjectsSheet"], [28, 40, 40, 16, 10, 14, 14, 14, 40], 3);
            projects.Row([Spreadsheet.Text(title, Spreadsheet.Heading)]);
            projects.Row([Spreadsheet.Text(words["Plan_Amounts"])]);
            projects.Row(new[] { words["Report_Group"], words["Report_Task"], words["Progress_Project"], words["Progress_Status"], words["Progress_Percent"],
                words["Chart_Planned"], words["Chart_Spent"], words["Report_OverPlan"], words["Progress_LatestNote"] }.Select(h => Spreadsheet.Text(h, Spreadsheet.Bold)));
            foreach (var group in content.Groups)
            {
                var tasks = group.Goals.SelectMany(g => g.Tasks).Concat(group.TasksWithoutGoal)
                    .Select(t => (Task: $"{t.Number}. {t.Title}", t.Projects))
                    .Append(("", group.ProjectsWithoutTask));
                foreach (var (task, list) in tasks)
                {
                    foreach (var project in list)
                    {
                        projects.Row([
                            Spreadsheet.Text($"{group.Position}. {group.Name}"), Spreadsheet.Text(task), Spreadsheet.Text($"{project.Number}. {project.Title}"),
                            Spreadsheet.Text(ProgressWords.Status(localizer, project.Status)), Spreadsheet.Number(project.Percent),
                            Spreadsheet.Number(project.Planned), Spreadsheet.Number(project.Spent),
                            Spreadsheet.Text(project.OverPlan ? words["Report_Yes"] : null), Spreadsheet.Text(project.Note),
                        ]);
                    }
                }
            }

            var money = book.AddSheet(words["Report_MoneySheet"], [28, 28, 10, 14, 14], 3);
            money.Row([Spreadsheet.Text(title, Spreadsheet.Heading)]);
            money.Row([Spreadsheet.Text(words["Plan_Amounts"])]);
            money.Row(new[] { words["Report_Group"], words["Project_FundingSource"], words["Project_FundingYear"], words["Chart_Planned"], words["Chart_Spent"] }
                .Select(h => Spreadsheet.Text(h, Spreadsheet.Bold)));
            foreach (var (whose, table) in content.Groups.Select(g => ($"{g.Position}. {g.Name}", g.Money)).Append((words["Progress_WholeStrategy"], content.Money)))
            {
                foreach (var row in table.Rows)
                {
                    for (var i = 0; i < table.Years.Count; i++)
                    {
                        money.Row([Spreadsheet.Text(whose), Spreadsheet.Text(ProjectWords.Source(localizer, row.Source)), Spreadsheet.Number(table.Years[i]),
                            Spreadsheet.Number(row.PlannedByYear[i]), Spreadsheet.Number(row.SpentByYear[i])]);
                    }
                }
            }
        }
        return new ExportFile(output.ToArray(), Spreadsheet.ContentType, FileName(report, "xlsx"));
    }

    private async Task<(ReportView Report, ReportContent Content)> RequireAsync(string? actorId, int number, CancellationToken cancellationToken)
    {
        var report = await reports.GetAsync(actorId, number, cancellationToken);
        return (report, report.Content ?? throw new NotFoundException("Monitoring_NoneAdopted"));
    }

    /// <summary>What the report rests on and whether its figures are final: "Edition 3, adopted …; published 5 March 2019" or "draft as of …".</summary>
    private string Basis(DocumentWords words, ReportView report, ReportContent content) =>
        words["Report_Basis", content.EditionNumber, content.AdoptedOn?.ToString("d", words.Culture) ?? "", content.Decision ?? "",
            report.PublishedAt is { } published ? words["Report_PublishedOn", words.Date(published)] : words["Report_DraftAsOf", words.Date(clock.GetUtcNow())]];

    private void AddTask(WordDocument word, DocumentWords words, ReportTask task, int horizon)
    {
        word.AddText(WordDocument.Heading(3), $"{task.Number}. {task.Title}");
        word.AddText(null, $"{words["Progress_Label"]}: {ProgressWords.Computed(localizer, task.Progress, words.Culture)}");
        AddIndicators(word, words, task.Indicators, horizon, charts: false);
        if (task.Projects.Count > 0)
        {
            word.AddTable(ProjectRows(words, task.Projects), row => row == 0, column => column is 2 or 3 or 4);
        }
    }

    private void AddIndicators(WordDocument word, DocumentWords words, IReadOnlyList<ReportIndicator> indicators, int horizon, bool charts)
    {
        if (indicators.Count == 0)
        {
            return;
        }
        var culture = words.Culture;
        var rows = new List<string[]>
        {
            new[] { words["Report_Code"], words["Report_Indicator"], words["Report_Baseline"], words["Report_Target"], words["Report_Actual"],
                words["Report_Expected"], words["Report_Deviation"], words["Report_Standing"], words["Report_Reason"] },
        };
        rows.AddRange(indicators.Select(i => new[]
        {
            i.Code, $"{i.Indicator.Name}, {i.Indicator.Unit}",
            i.Indicator.BaselineValue is { } baseline ? $"{IndicatorWords.Value(baseline, culture)} ({i.Indicator.BaselineYear})" : "",
            IndicatorWords.Value(i.Target, culture), IndicatorWords.Value(i.Actual, culture), IndicatorWords.Value(i.Expected, culture),
            i.Deviation is { } deviation ? ProjectWords.Difference(deviation, culture) : "", StandingWords.Name(localizer, i.Standing), i.Reason ?? "",
        }));
        word.AddTable(rows, row => row == 0, column => column is >= 2 and <= 6);
        if (!charts)
        {
            return;
        }
        foreach (var indicator in indicators)
        {
            var monitored = indicator.AsMonitored();
            var svg = MonitoringCharts.Indicator(localizer, monitored, horizon, culture, $"report-{indicator.Code}");
            var (png, width, height) = ChartImage.Png(svg);
            word.AddImage(png, width, height, localizer["Chart_IndicatorCaption", indicator.Code, indicator.Indicator.Name],
                MonitoringCharts.Describe(localizer, monitored, culture));
        }
    }

    private void AddMoney(WordDocument word, DocumentWords words, MoneyTable money, string whose, string id)
    {
        if (money.IsEmpty)
        {
            word.AddText(null, words["Progress_NoMoney"]);
            return;
        }
        var (byYear, bySource) = MonitoringCharts.Money(localizer, money, words.Culture, id, whose);
        var description = words["Chart_MoneyDesc", ProjectWords.Amount(money.Planned, words.Culture), ProjectWords.Amount(money.Spent, words.Culture)];
        foreach (var (svg, caption) in new[] { (byYear, words["Chart_MoneyByYear", whose]), (bySource, words["Chart_MoneyBySource", whose]) })
        {
            var (png, width, height) = ChartImage.Png(svg);
            word.AddImage(png, width, height, caption, description, widthCm: 14);
        }
        var rows = new List<string[]> { new[] { words["Project_FundingSource"], words["Project_FundingYear"], words["Chart_Planned"], words["Chart_Spent"] } };
        foreach (var row in money.Rows)
        {
            rows.AddRange(money.Years.Select((year, i) => new[]
            {
                ProjectWords.Source(localizer, row.Source), year.ToString(CultureInfo.InvariantCulture),
                ProjectWords.Amount(row.PlannedByYear[i], words.Culture), ProjectWords.Amount(row.SpentByYear[i], words.Culture),
            }));
        }
        rows.Add([words["Progress_Total"], "", ProjectWords.Amount(money.Planned, words.Culture), ProjectWords.Amount(money.Spent, words.Culture)]);
        word.AddTable(rows, row => row == 0 || row == rows.Count - 1, column => column >= 2);
    }

    private List<string[]> ProjectRows(DocumentWords words, IReadOnlyList<ReportProject> projects)
    {
        var rows = new List<string[]>
        {
            new[] { words["Progress_Project"], words["Progress_Status"], words["Progress_Percent"], words["Chart_Planned"], words["Chart_Spent"], words["Progress_LatestNote"] },
        };
        rows.AddRange(projects.Select(p => new[]
        {
            $"{p.Number}. {p.Title}", ProgressWords.Status(localizer, p.Status), p.Percent.ToString(words.Culture),
            ProjectWords.Amount(p.Planned, words.Culture),
            ProjectWords.Amount(p.Spent, words.Culture) + (p.OverPlan ? $" ({localizer["Progress_OverPlan", ProjectWords.Amount(p.Spent - p.Planned, words.Culture)]})" : ""),
            p.Note ?? "",
        }));
        return rows;
    }

    private static IEnumerable<string> IndicatorHeader(DocumentWords words) =>
    [
        words["Report_Code"], words["Report_Indicator"], words["Report_Unit"], words["Report_Baseline"], words["Report_BaselineYear"], words["Report_Target"],
        words["Report_Actual"], words["Report_Expected"], words["Report_Deviation"], words["Report_Standing"], words["Report_Reason"],
    ];

    private static string FileName(ReportView report, string extension) =>
        $"monitoring-report-{report.Period.Year}{(report.Period.Half == 0 ? "" : $"-{report.Period.Half}")}.{extension}";
}
