using System.Text;
using StrategyWorkspace.Features.Consolidation;

namespace StrategyWorkspace.Features.Export;

/// <summary>
/// An edition as one Markdown file: the title, the vision, then a heading per group, per kind and
/// per item. Item bodies are Markdown already; their own headings move below the item's level so
/// the outline of the document stays the committee's.
/// </summary>
public static class MarkdownExport
{
    public static string Write(EditionDocument document, DocumentWords words)
    {
        var text = new StringBuilder();
        text.Append("# ").AppendLine(OneLine(document.Title)).AppendLine();
        text.AppendLine($"_{words.HorizonLine(document.Horizon)}. {words.EditionLine(document.Number, document.CreatedAt)}._").AppendLine();

        text.Append("## ").AppendLine(words["Edition_Contents"]).AppendLine();
        foreach (var group in document.Groups)
        {
            text.AppendLine($"- [{group.Position}. {OneLine(group.Name)}](#{group.Anchor})");
            foreach (var section in group.Sections)
            {
                text.AppendLine($"  - [{section.Number}. {words.Section(section.Kind)}](#{section.Anchor(group.Position)})");
            }
        }
        text.AppendLine();

        text.Append("## ").AppendLine(words["Edition_Vision"]).AppendLine();
        text.AppendLine(document.Vision.Trim()).AppendLine();

        foreach (var group in document.Groups)
        {
            text.AppendLine($"## {group.Position}. {OneLine(group.Name)} {{#{group.Anchor}}}").AppendLine();
            foreach (var section in group.Sections)
            {
                text.AppendLine($"### {section.Number}. {words.Section(section.Kind)} {{#{section.Anchor(group.Position)}}}").AppendLine();
                foreach (var item in section.Items)
                {
                    text.AppendLine($"#### {item.Number}. {OneLine(item.Title)} {{#{item.Anchor}}}").AppendLine();
                    if (item.LinksTo.Count > 0)
                    {
                        text.AppendLine($"_{words.LinksTo(item.Kind)}: {string.Join(", ", item.LinksTo.Select(l => $"[{l.Number}](#item-{l.ItemId})"))}_").AppendLine();
                    }
                    var body = DemoteHeadings(item.Body.Trim());
                    if (body.Length > 0)
                    {
                        text.AppendLine(body).AppendLine();
                    }
                }
            }
        }
        return text.ToString();
    }

    /// <summary>A title is one line; a stray newline in it would end the heading.</summary>
    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();

    /// <summary>"# Heading" inside an item becomes "##### Heading", below the item's own heading.</summary>
    internal static string DemoteHeadings(string body)
    {
        var lines = body.Split('\n');
        var inFence = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal) || line.TrimStart().StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }
            else if (!inFence && line.StartsWith('#'))
            {
                var level = line.TakeWhile(c => c == '#').Count();
                if (level <= 6 && (line.Length == level || line[level] == ' '))
                {
                    lines[i] = new string('#', Math.Min(6, level + 4)) + line[level..];
                }
            }
        }
        return string.Join('\n', lines);
    }
}
