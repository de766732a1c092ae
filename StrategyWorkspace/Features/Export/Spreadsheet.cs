using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace StrategyWorkspace.Features.Export;

/// <summary>
/// A workbook being written with DocumentFormat.OpenXml's spreadsheet part, which opens in LibreOffice Calc and Excel: sheets with
/// their column widths and a frozen header, text in inline strings, every amount a number cell (so a reader sums and filters it),
/// and five cell formats: plain, bold, an amount, a bold amount, a heading.
/// </summary>
internal sealed class Spreadsheet : IDisposable
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // Cell formats of the stylesheet below, in its order.
    public const uint Plain = 0, Bold = 1, Amount = 2, BoldAmount = 3, Heading = 4;

    private readonly SpreadsheetDocument document;
    private readonly WorkbookPart workbook;
    private readonly Sheets sheets = new();

    public Spreadsheet(Stream output)
    {
        document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(sheets);
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
    }

    /// <summary>A new sheet, its columns <paramref name="widths"/> wide (in characters), the rows down to <paramref name="frozenRows"/> frozen.</summary>
    public SheetWriter AddSheet(string name, IReadOnlyList<double> widths, uint frozenRows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        var columns = new Columns();
        for (var i = 0; i < widths.Count; i++)
        {
            columns.Append(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = widths[i], CustomWidth = true });
        }
        part.Worksheet = new Worksheet(
            new SheetViews(new SheetView(new Pane
            {
                VerticalSplit = frozenRows, TopLeftCell = $"A{frozenRows + 1}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
            }) { WorkbookViewId = 0 }),
            columns,
            data);
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)sheets.ChildElements.Count + 1, Name = SheetName(name) });
        return new SheetWriter(data);
    }

    // Inline strings: no shared-string table to keep in step, and every reader takes them.
    public static Cell? Text(string? value, uint style = Plain) => string.IsNullOrEmpty(value) ? null
        : new Cell(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(WordDocument.Clean(value)) { Space = SpaceProcessingModeValues.Preserve }))
        {
            DataType = CellValues.InlineString, StyleIndex = style,
        };

    public static Cell? Number(decimal? value, uint style = Amount) => value is { } amount
        ? new Cell(new CellValue(amount)) { DataType = CellValues.Number, StyleIndex = style }
        : null;

    public void Dispose()
    {
        workbook.Workbook.Save();
        document.Dispose();
    }

    /// <summary>Appends a sheet's rows one after another.</summary>
    public sealed class SheetWriter(SheetData data)
    {
        private uint next = 1;

        /// <summary>A row whose cells are given from column A on; a missing cell stays empty.</summary>
        public void Row(IEnumerable<Cell?> cells)
        {
            var index = next++;
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
            data.Append(row);
        }
    }

    private static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + (n - 1) % 26) + name;
        }
        return name;
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
