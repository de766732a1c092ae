using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using StrategyWorkspace.Features.Monitoring;

namespace StrategyWorkspace.Tests.Features.Monitoring;

/// <summary>Files of values as committees save them: CSV in UTF-8 or Windows-1251 with any common separator, and XLSX.</summary>
public sealed class ValueFileTests
{
    private static (int, string, string, string, string?, string?) Tuple(ValueRow row) => (row.Line, row.Code, row.Period, row.Value, row.Source, row.Note);

    [Fact]
    public void A_csv_with_semicolons_a_header_and_the_utf8_mark_reads_row_by_row_with_its_line_numbers()
    {
        var text = "\ufeffКод;Період;Значення;Джерело\r\n2.4.1-1;2017;18,5;Облавтодор\r\n\r\n2.4.1-1;2018;\"1 234,5\"\r\n";

        var rows = ValueFile.Read("значення.csv", Encoding.UTF8.GetBytes(text));

        Assert.Equal([(2, "2.4.1-1", "2017", "18,5", "Облавтодор", null), (4, "2.4.1-1", "2018", "1 234,5", null, null)], rows.Select(Tuple));
        Assert.Equal(1234.5m, ValueFile.ParseNumber(rows[1].Value));
    }

    [Fact]
    public void A_windows_1251_file_with_commas_and_quoted_cells_holding_commas_quotes_and_line_breaks_reads_as_typed()
    {
        var text = "2.4.1-1,2017,18.5,\"Служба доріг, обл.\",\"Примітка \"\"уточнена\"\"\nу двох рядках\"\n2.4.1-1,2018,19,,\n";
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1251)!.GetBytes(text);

        var rows = ValueFile.Read("values.csv", bytes);

        Assert.Equal((1, "2.4.1-1", "2017", "18.5", "Служба доріг, обл.", "Примітка \"уточнена\"\nу двох рядках"), Tuple(rows[0]));
        Assert.Equal(3, rows[1].Line);
    }

    [Fact]
    public void A_tab_separated_file_reads_too()
    {
        Assert.Equal("19", Assert.Single(ValueFile.Read("values.txt", Encoding.UTF8.GetBytes("2.4.1-1\t2018\t19"))).Value);
    }

    [Theory]
    [InlineData("values.csv", "", "Monitoring_File_Empty")]
    [InlineData("values.pdf", "2.4.1-1;2017;1", "Monitoring_File_Format")]
    [InlineData("values.csv", "one column only", "Monitoring_File_NoColumns")]
    [InlineData("values.csv", "Код;Період;Значення\n", "Monitoring_File_NoRows")]
    [InlineData("values.xlsx", "not a zip at all", "Monitoring_File_Unreadable")]
    public void A_file_that_is_empty_of_another_kind_without_columns_or_rows_or_unreadable_is_refused_as_a_whole(string name, string text, string key)
    {
        Assert.Equal(key, Assert.Throws<InvalidInputException>(() => ValueFile.Read(name, Encoding.UTF8.GetBytes(text))).MessageKey);
    }

    [Fact]
    public void A_file_of_more_rows_than_allowed_is_refused_before_anything_is_looked_up()
    {
        var text = string.Concat(Enumerable.Range(0, ValueFile.MaxRows + 1).Select(i => $"2.4.1-1;{2016 + i % 5};{i}\n"));

        Assert.Equal("Monitoring_File_TooManyRows", Assert.Throws<InvalidInputException>(() => ValueFile.Read("values.csv", Encoding.UTF8.GetBytes(text))).MessageKey);
    }

    [Fact]
    public void An_xlsx_reads_its_first_sheets_text_and_number_cells_skipping_the_header()
    {
        var rows = ValueFile.Read("values.xlsx", Workbook(
            ["Код", "Період", "Значення", "Джерело"],
            ["2.4.1-1", "2017", 18.5m, "Облавтодор"],
            ["2.4.1-1", "2018-1", 1234567.25m, null]));

        Assert.Equal([(2, "2.4.1-1", "2017", "18.5", "Облавтодор", null), (3, "2.4.1-1", "2018-1", "1234567.25", null, null)], rows.Select(Tuple));
    }

    [Fact]
    public void A_workbook_with_macros_is_refused()
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("xl/vbaProject.bin").Open());
            entry.Write("macro");
        }

        Assert.Equal("Monitoring_File_Macros", Assert.Throws<InvalidInputException>(() => ValueFile.Read("values.xlsx", output.ToArray())).MessageKey);
    }

    /// <summary>A workbook as Excel saves one: texts in the shared strings, numbers as number cells.</summary>
    internal static byte[] Workbook(params object?[][] rows)
    {
        using var output = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)r + 1 };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var reference = $"{(char)('A' + c)}{r + 1}";
                    switch (rows[r][c])
                    {
                        case decimal number:
                            row.Append(new Cell { CellReference = reference, CellValue = new CellValue(number) });
                            break;
                        case string text:
                            strings.SharedStringTable.Append(new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(text)));
                            row.Append(new Cell
                            {
                                CellReference = reference, DataType = CellValues.SharedString,
                                CellValue = new CellValue(strings.SharedStringTable.Count() - 1),
                            });
                            break;
                    }
                }
                data.Append(row);
            }
            sheet.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Значення" }));
        }
        return output.ToArray();
    }
}
