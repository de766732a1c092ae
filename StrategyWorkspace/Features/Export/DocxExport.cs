using DocumentFormat.OpenXml.Wordprocessing;
using StrategyWorkspace.Features.Consolidation;

namespace StrategyWorkspace.Features.Export;

/// <summary>
/// An edition as a Word document: a title page, the table of contents, the committee's opening sections (analysis,
/// SWOT, vision), then Heading 1 per group, Heading 2 per kind and Heading 3 per item, each with its workspace
/// number, and the implementation last.
/// </summary>
internal static class DocxExport
{
    public static void Write(EditionDocument document, DocumentWords words, Stream output)
    {
        var language = words.Language;
        using var word = new WordDocument(output, language);
        word.Properties(document.Title, words.EditionLine(document.Number, document.CreatedAt), document.MergedBy,
            document.CreatedAt, document.Number.ToString(), language);

        TitlePage(word, document, words, words.EditionLine(document.Number, document.CreatedAt));
        word.TableOfContents(words["Edition_Contents"], Outline(document, words));
        word.PageBreak();

        void WriteSection(EditionItem section, int level)
        {
            word.AddText(WordDocument.Heading(level), section.Title);
            TranslationNote(word, words, section);
            new MarkdownToWord(word).Write(section.Body);
        }

        Opening(word, document, words, WriteSection);
        foreach (var group in document.Groups)
        {
            word.AddText(WordDocument.Heading(1), $"{group.Position}. {group.Name}");
            foreach (var section in group.Sections)
            {
                word.AddText(WordDocument.Heading(2), $"{section.Number}. {words.Section(section.Kind)}");
                foreach (var item in section.Items)
                {
                    word.AddText(WordDocument.Heading(3), $"{item.Number}. {item.Title}");
                    TranslationNote(word, words, item);
                    if (words.Goal(item.Goal, item.ServesGoal) is { } goal)
                    {
                        word.Add(null, WordDocument.Run(goal, new RunProperties(new Italic())));
                    }
                    // Both ways, as the web edition shows them: what the item answers, and what answers it.
                    foreach (var (label, links) in new[] { (words.LinksTo(item.Kind), item.LinksTo), (words.LinkedFrom(item.Kind), item.LinkedFrom) })
                    {
                        if (links.Count > 0)
                        {
                            word.Add(null, WordDocument.Run($"{label}: ", new RunProperties(new Italic())),
                                WordDocument.Run(string.Join("; ", links.Select(l => $"{l.Number}. {l.Title}"))));
                        }
                    }
                    new MarkdownToWord(word).Write(item.Body);
                    Project(word, words, item.Project);
                    Indicators(word, words, item.Indicators);
                }
            }
        }
        foreach (var section in document.Sections.Closing)
        {
            WriteSection(section, 1);
        }
        Plan(word, words, document);
    }

    /// <summary>In an edition in a target language, under an item whose translation is missing or outdated: that the source text follows.</summary>
    internal static void TranslationNote(WordDocument word, DocumentWords words, EditionItem item)
    {
        if (words.TranslationNote(item) is { } note)
        {
            word.Add(null, WordDocument.Run(note, new RunProperties(new Italic())));
        }
    }

    /// <summary>A project's executors, period, territory and expected results, then its funding by source and year; nothing for another kind.</summary>
    internal static void Project(WordDocument word, DocumentWords words, ProjectPlan? plan)
    {
        foreach (var (label, text) in words.ProjectFacts(plan))
        {
            word.Add(null, WordDocument.Run($"{label}: ", new RunProperties(new Bold())), WordDocument.Run(text));
        }
        if (words.Funding(plan) is { } funding)
        {
            word.AddText(null, words["Project_Funding"]).PrependChild(new ParagraphProperties(new KeepNext()));
            word.AddTable(funding, row => row == 0 || row == funding.Count - 1, column => column > 0);
        }
    }

    /// <summary>
    /// The Plan of implementation of projects and tasks as one Word table (task | project or measure | period | executors | source |
    /// an amount per year | total | indicators), its totals per task, goal, group and source in bold, on landscape-wide columns.
    /// </summary>
    internal static void Plan(WordDocument word, DocumentWords words, EditionDocument document)
    {
        var plan = words.Plan(document);
        word.AddText(WordDocument.Heading(1), words["Plan_Title"]);
        if (plan.IsEmpty)
        {
            word.AddText(null, words["Plan_Empty"]);
            return;
        }
        word.AddText(null, words["Plan_Amounts"]).PrependChild(new ParagraphProperties(new KeepNext()));
        var rows = plan.AsText(words.Localizer, words.Culture);
        word.AddTable(rows, row => row == 0 || plan.Lines[row - 1].IsTotal, plan.IsAmountColumn);
    }

    /// <summary>
    /// The committee's sections before the groups: the introduction and analysis, the SWOT's heading over its four
    /// lists, the vision (the one the edition took from the settings, before the vision became a section).
    /// </summary>
    internal static void Opening(WordDocument word, EditionDocument document, DocumentWords words, Action<EditionItem, int> writeSection)
    {
        foreach (var section in document.Sections.Opening)
        {
            writeSection(section, 1);
        }
        if (document.Sections.Swot is { Count: > 0 } swot)
        {
            word.AddText(WordDocument.Heading(1), words["Edition_Swot"]);
            foreach (var list in swot)
            {
                writeSection(list, 2);
            }
        }
        if (document.Sections.Vision is { } vision)
        {
            writeSection(vision, 1);
        }
        else
        {
            word.AddText(WordDocument.Heading(1), words["Edition_Vision"]);
            new MarkdownToWord(word).Write(document.Vision);
        }
    }

    /// <summary>A goal's or task's indicators under their caption, kept on the table's page; nothing for none.</summary>
    internal static void Indicators(WordDocument word, DocumentWords words, IndicatorSet? indicators)
    {
        if (words.Indicators(indicators) is { } table)
        {
            word.AddText(null, words["Indicator_Table"]).PrependChild(new ParagraphProperties(new KeepNext()));
            word.AddTable(table);
        }
    }

    internal static void TitlePage(WordDocument word, EditionDocument document, DocumentWords words, string subtitle)
    {
        word.AddText(WordDocument.Title, document.Title);
        word.AddText(WordDocument.Subtitle, words.HorizonLine(document.Horizon));
        word.AddText(WordDocument.Subtitle, subtitle);
        if (document.Note is { Length: > 0 } note)
        {
            word.AddText(WordDocument.Subtitle, note);
        }
        word.PageBreak();
    }

    internal static IReadOnlyList<(int Level, string Text)> Outline(EditionDocument document, DocumentWords words)
    {
        var outline = new List<(int, string)>();
        outline.AddRange(document.Sections.Opening.Select(s => (1, s.Title)));
        if (document.Sections.Swot is { Count: > 0 } swot)
        {
            outline.Add((1, words["Edition_Swot"]));
            outline.AddRange(swot.Select(s => (2, s.Title)));
        }
        outline.Add((1, document.Sections.Vision?.Title ?? words["Edition_Vision"]));
        foreach (var group in document.Groups)
        {
            outline.Add((1, $"{group.Position}. {group.Name}"));
            foreach (var section in group.Sections)
            {
                outline.Add((2, $"{section.Number}. {words.Section(section.Kind)}"));
                outline.AddRange(section.Items.Select(item => (3, $"{item.Number}. {item.Title}")));
            }
        }
        outline.AddRange(document.Sections.Closing.Select(s => (1, s.Title)));
        outline.Add((1, words["Plan_Title"]));
        return outline;
    }
}
