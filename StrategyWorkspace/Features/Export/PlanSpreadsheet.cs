using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using StrategyWorkspace.Features.Consolidation;

namespace StrategyWorkspace.Features.Export;

/// <summary>
/// The edition's Plan of implementation as a spreadsheet (XLSX, written with DocumentFormat.OpenXml's spreadsheet part) that opens in
/// LibreOffice Calc and Excel: the strategy's title and the unit above the table, the header frozen, every amount a number cell (so a
/// reader sums and filters it), the totals in bold. The words are the strategy's language, as in every official document.
/// </summary>
internal static class PlanSpreadsheet
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // Cell formats of the stylesheet below: 0 plain text, 1 bold text, 2 an amount, 3 a bold amount, 4 a bold heading.
    private const uint Plain = 0, Bold = 1, Amount = 2, BoldAmount = 3, Heading = 4;

    public static void Write(EditionDocument document, DocumentWords words, Stream output)
    {
        var plan = words.Plan(document);
        using var spreadsheet = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = spreadsheet.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();

        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        var header = plan.Header(words.Localizer);
        const uint headerRow = 4;
        sheetPart.Worksheet = new Worksheet(
            new SheetViews(new SheetView(new Pane
            {
                VerticalSplit = headerRow, TopLeftCell = $"A{headerRow + 1}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
            }) { WorkbookViewId = 0 }),
            Columns(header.Count),
            data);

        data.Append(Row(1, [Text(document.Title, Heading)]));
        data.Append(Row(2, [Text($"{words["Plan_Title"]} · {words.EditionLine(document.Number, document.CreatedAt)}", Plain)]));
        data.Append(Row(3, [Text(words["Plan_Amounts"], Plain)]));
        data.Append(Row(headerRow, header.Select(h => Text(h, Bold))));
        var rowNumber = headerRow;
        foreach (var line in plan.Lines)
        {
            var (text, number) = line.IsTotal ? (Bold, BoldAmount) : (Plain, Amount);
            var cells = new List<Cell?>
            {
                Text(line.Task, text), Text(line.Project, text), Text(line.Period, text), Text(line.Executors, text), Text(line.Source, text),
            };
            cells.AddRange(line.Amounts.Select(a => Number(a, number)));
            cells.Add(Number(line.Total, number));
            cells.Add(Text(line.Indicators, text));
            data.Append(Row(++rowNumber, cells));
        }
        if (plan.IsEmpty)
        {
            data.Append(Row(++rowNumber, [Text(words["Plan_Empty"], Plain)]));
        }

        var sheets = workbook.Workbook.AppendChild(new Sheets());
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = SheetName(words["Plan_Sheet"]) });
        workbook.Workbook.Save();
    }

    /// <summary>A row whose cells are given from column A on; a missing cell stays empty.</summary>
    private static Row Row(uint index, IEnumerable<Cell?> cells)
    {
        var row = new Row { RowIndex = index };
        var column = 0;
        foreach (var cell in cells)
        {
            if (cell is not null)
            {
                cell.CellReference = $"{ColumnName(column)}{index}";
                row.Append(cell);
            }
            column++;
        }
        return row;
    }

    // Inline strings: no shared-string table to keep in step, and every reader takes them.
    private static Cell? Text(string value, uint style) => value.Length == 0 ? null
        : new Cell(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(WordDocument.Clean(value)) { Space = SpaceProcessingModeValues.Preserve }))
        {
            DataType = CellValues.InlineString, StyleIndex = style,
        };

    private static Cell? Number(decimal? value, uint style) => value is { } amount
        ? new Cell(new CellValue(amount)) { DataType = CellValues.Number, StyleIndex = style }
        : null;

    private static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + (n - 1) % 26) + name;
        }
        return name;
    }

    private static Columns Columns(int count)
    {
        var columns = new Columns();
        for (uint i = 1; i <= count; i++)
        {
            // Task and project wide; the period and source narrower; the amounts as wide as a large figure; the indicators wide.
            var width = i switch { 1 or 2 => 40d, 3 => 16d, 4 => 30d, 5 => 24d, _ when i == count => 36d, _ => 14d };
            columns.Append(new Column { Min = i, Max = i, Width = width, CustomWidth = true });
        }
        return columns;
    }

    /// <summary>A sheet's name is at most 31 characters, none of : \ / ? * [ ].</summary>
    private static string SheetName(string title)
    {
        var clean = new string(title.Where(c => !":\\/?*[]".Contains(c)).ToArray());
        return clean.Length <= 31 ? clean : clean[..31];
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0.0##" }) { Count = 1 },
        new Fonts(new Font(), new Font(new DocumentFormat.OpenXml.Spreadsheet.Bold()), new Font(new DocumentFormat.OpenXml.Spreadsheet.Bold(), new FontSize { Val = 14 })) { Count = 3 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat { FontId = 0, ApplyAlignment = true, Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top } },
            new CellFormat { FontId = 1, ApplyFont = true, ApplyAlignment = true, Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top } },
            new CellFormat { FontId = 0, NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { FontId = 1, NumberFormatId = 164, ApplyNumberFormat = true, ApplyFont = true },
            new CellFormat { FontId = 2, ApplyFont = true }) { Count = 5 });
}
