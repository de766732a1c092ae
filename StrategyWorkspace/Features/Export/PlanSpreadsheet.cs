using StrategyWorkspace.Features.Consolidation;

namespace StrategyWorkspace.Features.Export;

/// <summary>
/// The edition's Plan of implementation as a spreadsheet that opens in LibreOffice Calc and Excel: the strategy's title and the unit
/// above the table, the header frozen, every amount a number cell, the totals in bold. The words are the strategy's language, as in
/// every official document.
/// </summary>
internal static class PlanSpreadsheet
{
    public const string ContentType = Spreadsheet.ContentType;

    public static void Write(EditionDocument document, DocumentWords words, Stream output)
    {
        var plan = words.Plan(document);
        using var spreadsheet = new Spreadsheet(output);
        var header = plan.Header(words.Localizer);
        const uint headerRow = 4;
        // Task and project wide; the period and source narrower; the amounts as wide as a large figure; the indicators wide.
        var widths = Enumerable.Range(1, header.Count)
            .Select(i => i switch { 1 or 2 => 40d, 3 => 16d, 4 => 30d, 5 => 24d, _ when i == header.Count => 36d, _ => 14d })
            .ToList();
        var sheet = spreadsheet.AddSheet(words["Plan_Sheet"], widths, headerRow);

        sheet.Row([Spreadsheet.Text(document.Title, Spreadsheet.Heading)]);
        sheet.Row([Spreadsheet.Text($"{words["Plan_Title"]} · {words.EditionLine(document.Number, document.CreatedAt)}")]);
        sheet.Row([Spreadsheet.Text(words["Plan_Amounts"])]);
        sheet.Row(header.Select(h => Spreadsheet.Text(h, Spreadsheet.Bold)));
        foreach (var line in plan.Lines)
        {
            var (text, number) = line.IsTotal ? (Spreadsheet.Bold, Spreadsheet.BoldAmount) : (Spreadsheet.Plain, Spreadsheet.Amount);
            var cells = new List<DocumentFormat.OpenXml.Spreadsheet.Cell?>
            {
                Spreadsheet.Text(line.Task, text), Spreadsheet.Text(line.Project, text), Spreadsheet.Text(line.Period, text),
                Spreadsheet.Text(line.Executors, text), Spreadsheet.Text(line.Source, text),
            };
            cells.AddRange(line.Amounts.Select(a => Spreadsheet.Number(a, number)));
            cells.Add(Spreadsheet.Number(line.Total, number));
            cells.Add(Spreadsheet.Text(line.Indicators, text));
            sheet.Row(cells);
        }
        if (plan.IsEmpty)
        {
            sheet.Row([Spreadsheet.Text(words["Plan_Empty"])]);
        }
    }
}
