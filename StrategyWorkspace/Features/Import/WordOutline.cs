using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Items;

namespace StrategyWorkspace.Features.Import;

/// <summary>
/// A Word document read as the headings it is built of, each with its text in Markdown: heading levels from the
/// paragraph's or its style's outline level (or a style named "heading N"), Word's own numbering of headings written out,
/// lists, tables, bold and italic kept. The lines the workspace's own export writes around an item (its links, a goal's
/// level, a project's facts, the indicator and funding tables, the contents) are read as what they say, not as text,
/// so an exported edition comes back as the same items.
/// </summary>
internal static partial class WordOutline
{
    /// <summary>More headings than any strategy has: a document of one heading per line is refused before it costs more.</summary>
    public const int MaxHeadings = 20_000;

    public static ImportedDocument Read(byte[] content, string fileName)
    {
        using var stream = ImportFileCheck.Check(content);
        try
        {
            using var word = WordprocessingDocument.Open(stream, false);
            if (word.DocumentType is WordprocessingDocumentType.MacroEnabledDocument or WordprocessingDocumentType.MacroEnabledTemplate)
            {
                throw new InvalidInputException("File", "Import_Macros");
            }
            var main = word.MainDocumentPart ?? throw new InvalidInputException("File", "Import_NotWord");
            // Hyperlinks are read as their text; anything else linked from outside (a picture, an object, a
            // sub-document) would be fetched by Word from somewhere this file does not hold.
            if (main.ExternalRelationships.Any() || main.Parts.Any(p => p.OpenXmlPart is EmbeddedObjectPart or EmbeddedPackagePart or EmbeddedControlPersistencePart))
            {
                throw new InvalidInputException("File", main.ExternalRelationships.Any() ? "Import_ExternalLinks" : "Import_Embedded");
            }
            var body = main.Document?.Body ?? throw new InvalidInputException("File", "Import_NotWord");
            var reader = new Reader(main);
            reader.ReadBlocks(body.ChildElements);
            var headings = reader.Finish();
            if (headings.Count == 0)
            {
                throw new InvalidInputException("File", "Import_NoHeadings");
            }
            return new ImportedDocument(ImportFileCheck.NameOf(fileName), reader.Title, headings);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FileFormatException or ArgumentException)
        {
            throw new InvalidInputException("File", "Import_Corrupt");
        }
    }

    private static readonly string[] Cultures = ["uk", "en"];

    /// <summary>"1.3.2" at the start of an export's link line entry, or of a heading.</summary>
    [GeneratedRegex(@"(?<![\d.])(\d+(?:\.\d+)+)\.\s")]
    private static partial Regex ItemNumber();

    /// <summary>The labels the export writes before an item's links and a goal's level, in both languages.</summary>
    private static readonly string[] MetadataLabels = Cultures.SelectMany(culture =>
        ItemKinds.GroupKinds.SelectMany(kind => new[] { $"Drafting_LinksTo_{kind}", $"Drafting_LinkedFrom_{kind}" })
            .Select(key => DocumentStrings.Get(key, culture) + ":")
            .Concat(new[] { "Goal_Level_Strategic", "Goal_Level_Operational" }.Select(key => DocumentStrings.Get(key, culture))))
        .Distinct().ToArray();

    private static readonly string[] OperationalWords = Cultures.Select(c => DocumentStrings.Get("Goal_Level_Operational", c)).ToArray();

    /// <summary>A project's facts the export writes as "Label: text" with the label in bold.</summary>
    private static readonly string[] FactLabels = Cultures.SelectMany(culture =>
        new[] { "Project_Executors", "Project_Period", "Project_Territory", "Project_ExpectedResults" }.Select(key => DocumentStrings.Get(key, culture) + ":"))
        .ToArray();

    /// <summary>The caption the export writes above a table it made from an item's data (indicators, funding).</summary>
    private static readonly string[] TableCaptions = Cultures.SelectMany(culture =>
        new[] { "Indicator_Table", "Project_Funding" }.Select(key => DocumentStrings.Get(key, culture))).ToArray();

    private sealed class Reader(MainDocumentPart main)
    {
        private readonly Dictionary<string, Style> styles = (main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
            .Where(s => s.StyleId?.Value is not null).GroupBy(s => s.StyleId!.Value!).ToDictionary(g => g.Key, g => g.First());
        private readonly Numbering? numbering = main.NumberingDefinitionsPart?.Numbering;
        private readonly Dictionary<int, int[]> counters = [];
        private readonly List<ImportedHeading> headings = [];

        private (int Level, string Text)? current;
        private readonly List<string> blocks = [];
        private readonly List<string> links = [];
        private bool operational;
        private bool skipNextTable;
        private List<string>? listItems;
        private List<string>? code;

        public string? Title { get; private set; }

        public void ReadBlocks(IEnumerable<OpenXmlElement> elements)
        {
            foreach (var element in elements)
            {
                switch (element)
                {
                    case Paragraph paragraph:
                        ReadParagraph(paragraph);
                        break;
                    case Table table:
                        EndList();
                        if (skipNextTable)
                        {
                            skipNextTable = false;
                        }
                        else
                        {
                            blocks.Add(TableMarkdown(table));
                        }
                        break;
                    case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                        ReadBlocks(content.ChildElements);
                        break;
                    case CustomXmlBlock custom:
                        ReadBlocks(custom.ChildElements);
                        break;
                }
            }
        }

        public List<ImportedHeading> Finish()
        {
            EndHeading();
            return headings;
        }

        private void ReadParagraph(Paragraph paragraph)
        {
            var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
            var styleName = StyleName(styleId);
            if (styleName.StartsWith("toc", StringComparison.Ordinal) || styleName == "title" || styleName == "subtitle")
            {
                if (styleName == "title" && Title is null)
                {
                    Title = PlainText(paragraph).Trim();
                }
                return;
            }
            var level = HeadingLevel(paragraph, styleId, styleName);
            var numberingText = NumberingLabel(paragraph, styleId);
            if (level is { } headingLevel)
            {
                var text = Collapse((numberingText is null ? "" : numberingText + " ") + PlainText(paragraph));
                if (text.Length == 0)
                {
                    return;
                }
                EndHeading();
                if (headings.Count >= MaxHeadings)
                {
                    throw new InvalidInputException("File", "Import_TooManyHeadings", MaxHeadings);
                }
                current = (headingLevel, text);
                return;
            }

            var plain = PlainText(paragraph).Trim();
            if (plain.Length == 0)
            {
                EndList();
                return;
            }
            if (IsMetadata(paragraph, plain))
            {
                return;
            }
            if (TableCaptions.Contains(plain))
            {
                skipNextTable = true;
                return;
            }
            skipNextTable = false;
            if (styleName == "code")
            {
                EndList();
                (code ??= []).Add(PlainText(paragraph));
                return;
            }
            EndCode();
            var markdown = InlineMarkdown(paragraph);
            if (NumberingOf(paragraph, styleId).NumId is > 0)
            {
                var (ordered, depth) = ListKind(paragraph, styleId);
                (listItems ??= []).Add(new string(' ', depth * 3) + (ordered ? "1. " : "- ") + markdown);
                return;
            }
            EndList();
            blocks.Add(styleName is "quote" or "intense quote" ? "> " + markdown : markdown);
        }

        /// <summary>A line the export wrote about the item (its links, a goal's level) right under its heading; its numbers are kept.</summary>
        private bool IsMetadata(Paragraph paragraph, string plain)
        {
            if (current is null)
            {
                return false;
            }
            var runs = TextRuns(paragraph).ToList();
            // The export writes the label in italics and the linked items after it.
            var labelled = blocks.Count == 0 && listItems is null && runs.Count > 0 && runs[0].Italic;
            if (labelled && MetadataLabels.Any(label => plain.StartsWith(label, StringComparison.Ordinal)))
            {
                links.AddRange(ItemNumber().Matches(plain + " ").Select(m => m.Groups[1].Value));
                operational |= OperationalWords.Any(word => plain.StartsWith(word, StringComparison.Ordinal));
                return true;
            }
            // "Виконавці: …" with the label in bold: the project's facts, which the workspace keeps apart from its text.
            return runs.Count > 1 && runs[0].Bold && !runs.Skip(1).Any(r => r.Bold) && FactLabels.Contains(runs[0].Text.Trim());
        }

        private void EndHeading()
        {
            EndList();
            EndCode();
            if (current is { } heading)
            {
                headings.Add(new ImportedHeading(headings.Count, heading.Level, heading.Text, string.Join("\n\n", blocks).Trim(), links.Distinct().ToList(), operational));
            }
            blocks.Clear();
            links.Clear();
            operational = false;
            skipNextTable = false;
        }

        private void EndList()
        {
            if (listItems is { } items)
            {
                blocks.Add(string.Join("\n", items));
                listItems = null;
            }
        }

        private void EndCode()
        {
            if (code is { } lines)
            {
                blocks.Add("```\n" + string.Join("\n", lines) + "\n```");
                code = null;
            }
        }

        private string StyleName(string? styleId) =>
            styleId is not null && styles.TryGetValue(styleId, out var style) ? (style.StyleName?.Val?.Value ?? styleId).ToLowerInvariant() : (styleId ?? "").ToLowerInvariant();

        /// <summary>1 for a top heading; none for body text. The paragraph's own outline level wins over its style's.</summary>
        private int? HeadingLevel(Paragraph paragraph, string? styleId, string styleName)
        {
            if (paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value is { } own)
            {
                return own < 9 ? own + 1 : null;
            }
            for (var (id, depth) = (styleId, 0); id is not null && depth < 10 && styles.TryGetValue(id, out var style); depth++)
            {
                if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } level)
                {
                    return level < 9 ? level + 1 : null;
                }
                var name = (style.StyleName?.Val?.Value ?? "").ToLowerInvariant();
                if (HeadingStyle().Match(name) is { Success: true } match)
                {
                    return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                }
                id = style.BasedOn?.Val?.Value;
            }
            return HeadingStyle().Match(styleName) is { Success: true } byName ? int.Parse(byName.Groups[1].Value, CultureInfo.InvariantCulture) : null;
        }

        /// <summary>The paragraph's numbering as Word shows it ("1.2."), for a numbered heading or list item; none for a bullet or none.</summary>
        private string? NumberingLabel(Paragraph paragraph, string? styleId)
        {
            var (numId, levelIndex) = NumberingOf(paragraph, styleId);
            if (numId is not { } id || id == 0 || LevelOf(id, levelIndex) is not { } level)
            {
                return null;
            }
            var values = counters.TryGetValue(id, out var known) ? known : counters[id] = new int[9];
            var index = Math.Clamp(levelIndex, 0, 8);
            values[index] = values[index] == 0 ? (level.StartNumberingValue?.Val?.Value ?? 1) : values[index] + 1;
            for (var deeper = index + 1; deeper < 9; deeper++)
            {
                values[deeper] = 0;
            }
            if (level.NumberingFormat?.Val?.Value == NumberFormatValues.Bullet)
            {
                return null;
            }
            var text = level.LevelText?.Val?.Value ?? "";
            for (var i = 0; i <= index; i++)
            {
                text = text.Replace($"%{i + 1}", Math.Max(values[i], 1).ToString(CultureInfo.InvariantCulture));
            }
            return text.Trim();
        }

        private (bool Ordered, int Depth) ListKind(Paragraph paragraph, string? styleId)
        {
            var (numId, levelIndex) = NumberingOf(paragraph, styleId);
            var format = numId is { } id ? LevelOf(id, levelIndex)?.NumberingFormat?.Val?.Value : null;
            return (format is not null && format != NumberFormatValues.Bullet, Math.Clamp(levelIndex, 0, 4));
        }

        private (int? NumId, int Level) NumberingOf(Paragraph paragraph, string? styleId)
        {
            if (paragraph.ParagraphProperties?.NumberingProperties is { } own)
            {
                return (own.NumberingId?.Val?.Value, own.NumberingLevelReference?.Val?.Value ?? 0);
            }
            for (var (id, depth) = (styleId, 0); id is not null && depth < 10 && styles.TryGetValue(id, out var style); depth++)
            {
                if (style.StyleParagraphProperties?.NumberingProperties is { } inherited)
                {
                    return (inherited.NumberingId?.Val?.Value, inherited.NumberingLevelReference?.Val?.Value ?? 0);
                }
                id = style.BasedOn?.Val?.Value;
            }
            return (null, 0);
        }

        private Level? LevelOf(int numId, int levelIndex)
        {
            var instance = numbering?.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId);
            var abstractId = instance?.AbstractNumId?.Val?.Value;
            var abstractNum = numbering?.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
            return abstractNum?.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == levelIndex);
        }
    }

    [GeneratedRegex(@"^(?:heading|заголовок)\s*(\d)$")]
    private static partial Regex HeadingStyle();

    private sealed record TextRun(string Text, bool Bold, bool Italic);

    /// <summary>The paragraph's runs with text, in order, through hyperlinks, insertions and fields' results.</summary>
    private static IEnumerable<TextRun> TextRuns(OpenXmlElement paragraph)
    {
        foreach (var run in paragraph.Descendants<Run>())
        {
            var text = new StringBuilder();
            foreach (var part in run.ChildElements)
            {
                switch (part)
                {
                    case DocumentFormat.OpenXml.Wordprocessing.Text t:
                        text.Append(t.Text);
                        break;
                    case TabChar:
                        text.Append(' ');
                        break;
                    case Break { Type.Value: var type } when type == BreakValues.Page || type == BreakValues.Column:
                        break;
                    case Break:
                        text.Append('\n');
                        break;
                    case NoBreakHyphen:
                        text.Append('-');
                        break;
                }
            }
            if (text.Length > 0)
            {
                yield return new TextRun(text.ToString(), On(run.RunProperties?.Bold), On(run.RunProperties?.Italic));
            }
        }
    }

    private static bool On(OnOffType? flag) => flag is not null && (flag.Val is null || flag.Val.Value);

    private static string PlainText(OpenXmlElement paragraph) => string.Concat(TextRuns(paragraph).Select(r => r.Text));

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>The paragraph as one line of Markdown: bold and italic marked, what Markdown would read as syntax escaped.</summary>
    private static string InlineMarkdown(Paragraph paragraph)
    {
        var markdown = new StringBuilder();
        foreach (var group in Adjacent(TextRuns(paragraph)))
        {
            var text = Escape(group.Text).Replace("\n", "\\\n");
            var core = text.Trim();
            if (core.Length == 0 || (!group.Bold && !group.Italic))
            {
                markdown.Append(text);
                continue;
            }
            var marker = group.Bold && group.Italic ? "***" : group.Bold ? "**" : "*";
            var lead = text[..(text.Length - text.TrimStart().Length)];
            var trail = text[text.TrimEnd().Length..];
            markdown.Append(lead).Append(marker).Append(core).Append(marker).Append(trail);
        }
        return EscapeLineStart(markdown.ToString().Trim());
    }

    /// <summary>Runs of the same look joined: Word splits a word into several runs for spelling marks and revisions.</summary>
    private static IEnumerable<TextRun> Adjacent(IEnumerable<TextRun> runs)
    {
        TextRun? pending = null;
        foreach (var run in runs)
        {
            if (pending is not null && pending.Bold == run.Bold && pending.Italic == run.Italic)
            {
                pending = pending with { Text = pending.Text + run.Text };
                continue;
            }
            if (pending is not null)
            {
                yield return pending;
            }
            pending = run;
        }
        if (pending is not null)
        {
            yield return pending;
        }
    }

    private static string TableMarkdown(Table table)
    {
        var rows = table.Elements<TableRow>()
            .Select(row => row.Elements<TableCell>().Select(cell => Escape(Collapse(string.Join(" ", cell.Descendants<Paragraph>().Select(PlainText)))).Replace("|", "\\|")).ToList())
            .Where(row => row.Count > 0)
            .ToList();
        if (rows.Count == 0)
        {
            return "";
        }
        var width = rows.Max(r => r.Count);
        string Line(IEnumerable<string> cells) => "| " + string.Join(" | ", cells) + " |";
        var lines = new List<string> { Line(rows[0].Concat(Enumerable.Repeat("", width - rows[0].Count))), Line(Enumerable.Repeat("---", width)) };
        lines.AddRange(rows.Skip(1).Select(r => Line(r.Concat(Enumerable.Repeat("", width - r.Count)))));
        return string.Join("\n", lines);
    }

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '~')
            {
                escaped.Append('\\');
            }
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    /// <summary>A paragraph that starts like a heading, a list item or a table is text, not syntax.</summary>
    private static string EscapeLineStart(string line)
    {
        if (line.Length > 0 && line[0] is '#' or '+' or '-' or '=' or '|')
        {
            return "\\" + line;
        }
        var ordered = OrderedListStart().Match(line);
        return ordered.Success ? line.Insert(ordered.Groups[1].Index, "\\") : line;
    }

    [GeneratedRegex(@"^\d+([.)])(?:\s|$)")]
    private static partial Regex OrderedListStart();
}

/// <summary>A heading of the imported document and the text under it, up to the next heading.</summary>
/// <param name="Index">Its place among the document's headings, from 0.</param>
/// <param name="Level">1 for a top heading.</param>
/// <param name="Text">As the document shows it, with Word's numbering written out.</param>
/// <param name="Body">The text under it in Markdown.</param>
/// <param name="LinkedNumbers">The numbers of items the export's link lines under it name (a task's goal, a project's tasks).</param>
/// <param name="SaysOperational">Whether the export's line under it says it is an operational goal.</param>
public sealed record ImportedHeading(int Index, int Level, string Text, string Body, IReadOnlyList<string> LinkedNumbers, bool SaysOperational);

/// <summary>A Word document read for import: its name, its title (from the Title style), its headings.</summary>
public sealed record ImportedDocument(string FileName, string? Title, IReadOnlyList<ImportedHeading> Headings);
