using System.Globalization;
using System.Text;

namespace StrategyWorkspace.Features.Export;

/// <summary>
/// A CSV file (RFC 4180, UTF-8 with a byte-order mark so that Excel reads Cyrillic): texts quoted with their quotes doubled, so
/// commas and line breaks stay inside their cell; numbers as they are, with a point for decimals, whatever the reader's language.
/// </summary>
internal sealed class CsvTable
{
    private readonly StringBuilder text = new();

    /// <summary>The header row of names that need no quotes (a machine's column names: letters, digits and underscores).</summary>
    public CsvTable Header(IEnumerable<string> names)
    {
        text.AppendJoin(',', names);
        text.Append("\r\n");
        return this;
    }

    /// <summary>Adds a row: a number stays a number, null an empty cell, anything else its text.</summary>
    public CsvTable Row(params object?[] fields)
    {
        text.AppendJoin(',', fields.Select(Field));
        text.Append("\r\n");
        return this;
    }

    public byte[] ToBytes() => Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();

    private static string Field(object? value) => value switch
    {
        null => "",
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        _ => "\"" + NeutralizeFormula(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "").Replace("\"", "\"\"") + "\"",
    };

    /// <summary>A text starting with =, +, - or @ is a formula to a spreadsheet; a leading apostrophe keeps it text.</summary>
    private static string NeutralizeFormula(string field) =>
        field.Length > 0 && field[0] is '=' or '+' or '-' or '@' ? "'" + field : field;
}
