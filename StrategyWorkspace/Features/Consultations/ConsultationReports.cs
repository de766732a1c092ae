using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using StrategyWorkspace.Features.Export;
using StrategyWorkspace.Hosting;
using StrategyWorkspace.Resources;

namespace StrategyWorkspace.Features.Consultations;

/// <summary>The consultation report as files: CSV for spreadsheets, DOCX for the committee's papers.</summary>
internal sealed class ConsultationReports(ReportService reports, StrategyHeading strategy, IStringLocalizer<SharedResource> localizer,
    IOptions<WorkspaceOptions> options, CommitteeClock clock)
{
    public async Task<ExportFile> CsvAsync(string? actorId, int? consultationId, CancellationToken cancellationToken = default)
    {
        using var language = DocumentLanguage.Use(options.Value.DocumentCulture);
        var report = await RequireAsync(actorId, consultationId, cancellationToken);
        var words = Words();
        var csv = new CsvTable();
        csv.Row(words["Status_Reference"], words["Report_Group"], words["Status_About"], words["Status_Text"], words["Report_Name"],
            words["Report_Organisation"], words["Report_Submitted"], words["Status_Answer"], words["Report_AnswerText"], words["Report_Version"]);
        foreach (var line in report.Lines)
        {
            csv.Row(line.Reference, line.GroupName, line.Target, line.Text, line.AuthorName ?? "", line.Organisation ?? "",
                words.Local(line.SubmittedAt).ToString("yyyy-MM-dd HH:mm"),
                words.Outcome(line.Outcome), line.AnswerText ?? "", TakenInto(words, line) ?? "");
        }
        return new ExportFile(csv.ToBytes(), "text/csv; charset=utf-8", "consultation-report.csv");
    }

    public async Task<ExportFile> DocxAsync(string? actorId, int? consultationId, CancellationToken cancellationToken = default)
    {
        using var language = DocumentLanguage.Use(options.Value.DocumentCulture);
        var report = await RequireAsync(actorId, consultationId, cancellationToken);
        var strategyTitle = await strategy.GetTitleAsync(cancellationToken);
        var words = Words();
        using var output = new MemoryStream();
        using (var word = new WordDocument(output, words.Language))
        {
            var title = words["Report_Title"];
            // The paper says what it reports on: which strategy, which edition, which period.
            var about = words["Report_About", strategyTitle, report.Consultation.EditionNumber,
                words.Date(report.Consultation.StartsAt), words.Date(LastDay(report.Consultation))];
            word.Properties(title, about, "", report.Consultation.EndsAt, "1", words.Language);
            word.AddText(WordDocument.Title, title);
            word.AddText(WordDocument.Subtitle, about);
            word.AddText(WordDocument.Subtitle, words["Report_Totals", report.Received, report.Published, report.Rejected]);
            word.AddText(WordDocument.Heading(1), words["Report_ByOutcome"]);
            foreach (var (outcome, count) in report.ByOutcome)
            {
                word.AddText(null, $"{words[$"Outcome_{outcome}"]}: {count}");
            }
            CountTable(word, words, words["Report_ByGroup"], report.ByGroup);
            CountTable(word, words, words["Report_ByItem"], report.ByItem);
            word.AddText(WordDocument.Heading(1), words["Report_Proposals"]);
            foreach (var line in report.Lines)
            {
                word.AddText(WordDocument.Heading(3), $"{line.Reference} · {line.Target}");
                word.AddText(null, line.Text);
                word.Add(null, WordDocument.Run(words.Outcome(line.Outcome) + ": ",
                        new RunProperties(new Bold())),
                    WordDocument.Run((line.AnswerText ?? "") + (TakenInto(words, line) is { } version ? $" ({version})" : "")));
            }
        }
        return new ExportFile(output.ToArray(), EditionExports.DocxType, "consultation-report.docx");
    }

    private static void CountTable(WordDocument word, DocumentWords words, string caption, IReadOnlyList<ReportCount> counts)
    {
        word.AddText(WordDocument.Heading(1), caption);
        var table = new Table(new TableProperties(
            new TableBorders(new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new TopBorder { Val = BorderValues.Single, Size = 4 }),
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));
        table.Append(Row(words["Report_Where"], words["Report_Count"], words["Outcome_Accepted"], words["Outcome_PartlyAccepted"],
            words["Outcome_Declined"], words["Outcome_Unanswered"]));
        foreach (var count in counts)
        {
            table.Append(Row(count.Label, $"{count.Proposals}", $"{count.Accepted}", $"{count.PartlyAccepted}", $"{count.Declined}", $"{count.Unanswered}"));
        }
        word.Body.Append(table);
    }

    // The period ends at midnight after its last day, or earlier if the chair closed it early.
    private static DateTimeOffset LastDay(ConsultationView consultation) =>
        consultation.ClosedAt is { } closed && closed < consultation.EndsAt ? closed : consultation.EndsAt.AddSeconds(-1);

    private static string? TakenInto(DocumentWords words, ReportLine line) =>
        line is { AnswerItemNumber: { } number, AnswerVersionNumber: { } version } ? words["Public_TakenInto", number, version] : null;

    private static TableRow Row(params string[] cells) =>
        new(cells.Select(text => new TableCell(new Paragraph(WordDocument.Run(text)))));

    private DocumentWords Words() => new(localizer, clock);

    private async Task<ConsultationReport> RequireAsync(string? actorId, int? consultationId, CancellationToken cancellationToken) =>
        await reports.ReportAsync(actorId, consultationId, cancellationToken) ?? throw new NotFoundException("Consultation_NotFound");
}
