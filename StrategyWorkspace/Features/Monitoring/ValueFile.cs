using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace StrategyWorkspace.Features.Monitoring;

/// <summary>One row of a file of values, as typed: the indicator's code, the period, the value, and optionally the source and a note.</summary>
public sealed record ValueRow(int Line, string Code, string Period, string Value, string? Source, string? Note);

/// <summary>
/// Reads a file of indicator values: CSV (UTF-8, or Windows-1251 as Excel here saves it; separated by semicolons, commas or tabs,
/// whichever the first line uses) or XLSX (its first sheet). A first line whose value is not a number is a header. Anything
/// unreadable is refused as a whole, with the reason, before a row is looked at.
/// </summary>
internal static class ValueFile
{
    public const int MaxRows = 50_000;
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>An XLSX unpacks to many times its size; beyond this its sheet is a zip bomb, not a table of values.</summary>
    private const long MaxUnpackedBytes = 200 * 1024 * 1024;

    public static IReadOnlyList<ValueRow> Read(string fileName, byte[] content)
    {
        if (content.Length == 0)
        {
            throw new InvalidInputException("File", "Monitoring_File_Empty");
        }
        if (content.Length > MaxBytes)
        {
            throw new InvalidInputException("File", "Monitoring_File_TooLarge", MaxBytes / 1024 / 1024);
        }
        var cells = Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".csv" or ".txt" => Csv(Decode(content)),
            ".xlsx" => Xlsx(content),
            _ => throw new InvalidInputException("File", "Monitoring_File_Format"),
        };
        var rows = new List<ValueRow>();
        foreach (var (line, row) in cells)
        {
            if (row.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            string Cell(int i) => i < row.Count ? row[i].Trim() : "";
            if (rows.Count == 0 && line == 1 && ParseNumber(Cell(2)) is null)
            {
                continue; // the header
            }
            if (rows.Count == MaxRows)
            {
                throw new InvalidInputException("File", "Monitoring_File_TooManyRows", MaxRows);
            }
            rows.Add(new ValueRow(line, Cell(0), Cell(1), Cell(2), Cell(3) is { Length: > 0 } source ? source : null, Cell(4) is { Length: > 0 } note ? note : null));
        }
        if (rows.Count == 0)
        {
            throw new InvalidInputException("File", "Monitoring_File_NoRows");
        }
        return rows;
    }

    /// <summary>A value as people type it here: 12,5 or 12.5, with spaces (or no-break spaces) between thousands.</summary>
    public static decimal? ParseNumber(string text)
    {
        var plain = new string(text.Where(c => !char.IsWhiteSpace(c) && c != '\u00a0' && c != '\u202f').ToArray());
        if (!plain.Contains('.'))
        {
            plain = plain.Replace(',', '.');
        }
        return decimal.TryParse(plain, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    /// <summary>UTF-8 when the bytes are valid UTF-8 (with or without its mark), else Windows-1251: its Cyrillic is never valid UTF-8.</summary>
    private static string Decode(byte[] content)
    {
        try
        {
            var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(content);
            return text.TrimStart('\ufeff');
        }
        catch (DecoderFallbackException)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(1251)!.GetString(content);
        }
    }

    /// <summary>The cells of a CSV, a quoted cell holding separators, quotes ("") and line breaks; the separator is the first line's.</summary>
    private static IEnumerable<(int Line, List<string> Cells)> Csv(string text)
    {
        var separator = Separator(text);
        var cells = new List<string>();
        var cell = new StringBuilder();
        var (line, rowLine, quoted) = (1, 1, false);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                cells.Add(cell.ToString());
                cell.Clear();
                yield return (rowLine, cells);
                cells = [];
                rowLine = ++line;
            }
            else
            {
                cell.Append(c);
            }
        }
        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            yield return (rowLine, cells);
        }
    }

    private static char Separator(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var first = end < 0 ? text : text[..end];
        var counts = new[] { ';', '\t', ',' }.Select(s => (Separator: s, Count: first.Count(c => c == s))).ToList();
        var best = counts.OrderByDescending(s => s.Count).First();
        return best.Count > 0 ? best.Separator : throw new InvalidInputException("File", "Monitoring_File_NoColumns");
    }

    /// <summary>The first sheet's rows, read as a stream (never the whole sheet in memory), numbers in their stored invariant form.</summary>
    private static List<(int Line, List<string> Cells)> Xlsx(byte[] content)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            RefuseBombs(stream);
            using var document = SpreadsheetDocument.Open(stream, isEditable: false);
            var workbook = document.WorkbookPart ?? throw new InvalidInputException("File", "Monitoring_File_Unreadable");
            var firstSheet = workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault()
                ?? throw new InvalidInputException("File", "Monitoring_File_NoRows");
            var part = (WorksheetPart)workbook.GetPartById(firstSheet.Id!.Value!);
            var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var rows = new List<(int, List<string>)>();
            using var reader = OpenXmlReader.Create(part);
            while (reader.Read())
            {
                if (reader.ElementType == typeof(Row) && reader.IsStartElement)
                {
                    var row = (Row)reader.LoadCurrentElement()!;
                    var cells = new List<string>();
                    foreach (var cell in row.Elements<Cell>())
                    {
                        var column = Column(cell.CellReference?.Value) ?? cells.Count;
                        while (cells.Count < column)
                        {
                            cells.Add("");
                        }
                        cells.Add(Text(cell, shared));
                    }
                    rows.Add(((int)(row.RowIndex?.Value ?? (uint)rows.Count + 1), cells));
                    if (rows.Count > MaxRows + 1)
                    {
                        throw new InvalidInputException("File", "Monitoring_File_TooManyRows", MaxRows);
                    }
                }
            }
            return rows;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or InvalidOperationException or KeyNotFoundException
                                      or ArgumentException or System.Xml.XmlException)
        {
            throw new InvalidInputException("File", "Monitoring_File_Unreadable");
        }
    }

    /// <summary>Refuses a workbook whose parts unpack to more than a table of values could: a zip bomb.</summary>
    private static void RefuseBombs(Stream stream)
    {
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true))
        {
            if (zip.Entries.Sum(e => e.Length) > MaxUnpackedBytes)
            {
                throw new InvalidInputException("File", "Monitoring_File_TooLarge", MaxBytes / 1024 / 1024);
            }
            if (zip.Entries.Any(e => e.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
            {
                throw new InvalidInputException("File", "Monitoring_File_Macros");
            }
        }
        stream.Position = 0;
    }

    private static string Text(Cell cell, List<string> shared)
    {
        var raw = cell.CellValue?.Text ?? cell.InlineString?.InnerText ?? "";
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < shared.Count ? shared[index] : "";
        }
        return raw;
    }

    /// <summary>The zero-based column of a reference such as "C7".</summary>
    private static int? Column(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }
        var column = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            column = column * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return column - 1;
    }
}
