using System.Text;
using StrategyWorkspace.Features.Consolidation;

namespace StrategyWorkspace.Features.Export;

/// <summary>
/// An edition as one Markdown file: the title, the committee's opening sections (analysis, SWOT, vision), then a
/// heading per group, per kind and per item, and the implementation last. Item bodies are Markdown already; their own headings move below the item's level so
/// the outline of the document stays the committee's. Anchors are HTML (<c>&lt;a id&gt;</c>), which every
/// common viewer reads; the <c>{#id}</c> attribute syntax shows as text on most of them.
/// </summary>
internal static class MarkdownExport
{
    public static string Write(EditionDocument document, DocumentWords words)
    {
        var text = new StringBuilder();
        text.Append("# ").AppendLine(OneLine(document.Title)).AppendLine();
        text.AppendLine($"_{words.HorizonLine(document.Horizon)}. {words.EditionLine(document.Number, document.CreatedAt)}._").AppendLine();
        var note = document.Note?.Trim();
        if (!string.IsNullOrEmpty(note))
        {
            Anchor(text, "edition-note");
            text.AppendLine($"**{words["Edition_Note"]}:** {OneLine(note)}").AppendLine();
        }

        text.Append("## ").AppendLine(words["Edition_Contents"]).AppendLine();
        if (!string.IsNullOrEmpty(note))
        {
            text.AppendLine($"- [{words["Edition_Note"]}](#edition-note)");
        }
        var sections = document.Sections;
        foreach (var section in sections.Opening)
        {
            text.AppendLine($"- [{OneLine(section.Title)}](#{section.Anchor})");
        }
        if (sections.Swot.Count > 0)
        {
            text.AppendLine($"- [{words["Edition_Swot"]}](#{CommitteeSections.SwotAnchor})");
        }
        text.AppendLine(sections.Vision is { } visionSection
            ? $"- [{OneLine(visionSection.Title)}](#{visionSection.Anchor})"
            : $"- [{words["Edition_Vision"]}](#edition-vision)");
        foreach (var group in document.Groups)
        {
            text.AppendLine($"- [{group.Position}. {OneLine(group.Name)}](#{group.Anchor})");
            foreach (var section in group.Sections)
            {
                text.AppendLine($"  - [{section.Number}. {words.Section(section.Kind)}](#{section.Anchor(group.Position)})");
            }
        }
        foreach (var section in sections.Closing)
        {
            text.AppendLine($"- [{OneLine(section.Title)}](#{section.Anchor})");
        }
        text.AppendLine($"- [{words["Plan_Title"]}](#edition-plan)");
        text.AppendLine();

        foreach (var section in sections.Opening)
        {
            Section(text, words, section, "##");
        }
        if (sections.Swot.Count > 0)
        {
            Anchor(text, CommitteeSections.SwotAnchor);
            text.Append("## ").AppendLine(words["Edition_Swot"]).AppendLine();
            foreach (var list in sections.Swot)
            {
                Section(text, words, list, "###");
            }
        }
        if (sections.Vision is { } vision)
        {
            Section(text, words, vision, "##");
        }
        else
        {
            Anchor(text, "edition-vision");
            text.Append("## ").AppendLine(words["Edition_Vision"]).AppendLine();
            text.AppendLine(document.Vision.Trim()).AppendLine();
        }

        foreach (var group in document.Groups)
        {
            Anchor(text, group.Anchor);
            text.AppendLine($"## {group.Position}. {OneLine(group.Name)}").AppendLine();
            foreach (var section in group.Sections)
            {
                Anchor(text, section.Anchor(group.Position));
                text.AppendLine($"### {section.Number}. {words.Section(section.Kind)}").AppendLine();
                foreach (var item in section.Items)
                {
                    Anchor(text, item.Anchor);
                    text.AppendLine($"#### {item.Number}. {OneLine(item.Title)}").AppendLine();
                    TranslationNote(text, words, item);
                    if (words.Goal(item.Goal, item.ServesGoal) is { } goal)
                    {
                        text.AppendLine($"_{OneLine(goal)}_").AppendLine();
                    }
                    // Both ways, as the web edition shows them: what the item answers, and what answers it.
                    if (item.LinksTo.Count > 0)
                    {
                        text.AppendLine($"_{words.LinksTo(item.Kind)}: {Links(item.LinksTo)}_").AppendLine();
                    }
                    if (item.LinkedFrom.Count > 0)
                    {
                        text.AppendLine($"_{words.LinkedFrom(item.Kind)}: {Links(item.LinkedFrom)}_").AppendLine();
                    }
                    var body = DemoteHeadings(item.Body.Trim());
                    if (body.Length > 0)
                    {
                        text.AppendLine(body).AppendLine();
                    }
                    foreach (var (label, fact) in words.ProjectFacts(item.Project))
                    {
                        text.AppendLine($"**{label}:** {OneLine(fact)}").AppendLine();
                    }
                    if (words.Funding(item.Project) is { } funding)
                    {
                        text.AppendLine($"**{words["Project_Funding"]}**").AppendLine();
                        Table(text, funding);
                    }
                    if (words.Indicators(item.Indicators) is { } indicators)
                    {
                        text.AppendLine($"**{words["Indicator_Table"]}**").AppendLine();
                        Table(text, indicators);
                    }
                }
            }
        }
        foreach (var section in sections.Closing)
        {
            Section(text, words, section, "##");
        }
        var plan = words.Plan(document);
        Anchor(text, "edition-plan");
        text.AppendLine($"## {words["Plan_Title"]}").AppendLine();
        if (plan.IsEmpty)
        {
            text.AppendLine(words["Plan_Empty"]).AppendLine();
        }
        else
        {
            text.AppendLine($"_{words["Plan_Amounts"]}_").AppendLine();
            Table(text, plan.AsText(words.Localizer, words.Culture));
        }
        return text.ToString();
    }

    /// <summary>A committee section: its title at <paramref name="heading"/>, its own headings below it, its tables as they are.</summary>
    private static void Section(StringBuilder text, DocumentWords words, EditionItem section, string heading)
    {
        Anchor(text, section.Anchor);
        text.AppendLine($"{heading} {OneLine(section.Title)}").AppendLine();
        TranslationNote(text, words, section);
        var body = DemoteHeadings(section.Body.Trim(), heading.Length);
        if (body.Length > 0)
        {
            text.AppendLine(body).AppendLine();
        }
    }

    /// <summary>In an edition in a target language, under an item whose translation is missing or outdated: that the source text follows.</summary>
    private static void TranslationNote(StringBuilder text, DocumentWords words, EditionItem item)
    {
        if (words.TranslationNote(item) is { } note)
        {
            text.AppendLine($"_{OneLine(note)}_").AppendLine();
        }
    }

    /// <summary>A pipe table, its first row the header; a pipe in a cell is escaped so it stays in its cell.</summary>
    private static void Table(StringBuilder text, IReadOnlyList<string[]> rows)
    {
        static string Row(IEnumerable<string> cells) => "| " + string.Join(" | ", cells.Select(c => OneLine(c).Replace("|", "\\|", StringComparison.Ordinal))) + " |";
        text.AppendLine(Row(rows[0]));
        text.AppendLine(Row(rows[0].Select(_ => "---")));
        foreach (var row in rows.Skip(1))
        {
            text.AppendLine(Row(row));
        }
        text.AppendLine();
    }

    private static void Anchor(StringBuilder text, string id) => text.AppendLine($"<a id=\"{id}\"></a>").AppendLine();

    private static string Links(IReadOnlyList<EditionLinkView> links) => string.Join(", ", links.Select(l => $"[{l.Number}](#item-{l.ItemId})"));

    /// <summary>A title is one line; a stray newline in it would end the heading.</summary>
    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();

    /// <summary>"# Heading" inside an item becomes "##### Heading", below the item's own heading (<paramref name="by"/> levels down).</summary>
    internal static string DemoteHeadings(string body, int by = 4)
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
                    lines[i] = new string('#', Math.Min(6, level + by)) + line[level..];
                }
            }
        }
        return string.Join('\n', lines);
    }
}
