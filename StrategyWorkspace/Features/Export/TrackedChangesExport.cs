using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Consolidation;

namespace StrategyWorkspace.Features.Export;

/// <summary>
/// The later edition as a Word document in which everything that differs from the earlier one is
/// a tracked change: inserted and deleted words, lines and whole items appear as Word revisions,
/// so people who work in Word review them there and "Accept all" gives the later edition.
/// </summary>
internal static class TrackedChangesExport
{
    public static void Write(EditionComparison comparison, EditionDocument later, DocumentWords words, Stream output)
    {
        var language = words.Language;
        using var word = new WordDocument(output, language);
        var subtitle = words["Export_ComparisonLine", comparison.From, comparison.To];
        word.Properties(later.Title, subtitle, later.MergedBy, later.CreatedAt, later.Number.ToString(), language);
        var revisions = new Revisions(later.MergedBy, later.CreatedAt);

        DocxExport.TitlePage(word, later, words, subtitle);
        word.TableOfContents(words["Edition_Contents"], DocxExport.Outline(later, words));
        word.PageBreak();
        var changes = comparison.Changes.ToDictionary(c => c.ItemId);
        // A committee section that changed shows its change as revisions under its own heading level.
        void WriteSection(EditionItem section, int level)
        {
            if (changes.TryGetValue(section.ItemId, out var change))
            {
                WriteChange(word, revisions, change, words, WordDocument.Heading(level));
                return;
            }
            word.AddText(WordDocument.Heading(level), section.Title);
            new MarkdownToWord(word).Write(section.Body);
        }

        DocxExport.Opening(word, later, words, WriteSection);
        var entries = later.Groups.SelectMany(g => g.Sections.SelectMany(s => s.Items.Select(item =>
                (Group: (g.Position, g.Name), item.Kind, item.Number, item.ItemId, Item: (EditionItem?)item))))
            .Concat(comparison.Changes.Where(c => c.Change == ItemChangeKind.Removed && !c.Kind.IsSection())
                .Select(c => (Group: (c.GroupPosition, c.GroupName), c.Kind, c.Number, c.ItemId, Item: (EditionItem?)null)))
            .OrderBy(e => e.Group.Item1).ThenBy(e => e.Kind).ThenBy(e => e.Number);

        foreach (var group in entries.GroupBy(e => e.Group.Item1))
        {
            word.AddText(WordDocument.Heading(1), $"{group.Key}. {group.First().Group.Item2}");
            foreach (var section in group.GroupBy(e => e.Kind))
            {
                word.AddText(WordDocument.Heading(2), $"{ItemNumber.SectionOf(group.Key, section.Key)}. {words.Section(section.Key)}");
                foreach (var entry in section)
                {
                    if (changes.TryGetValue(entry.ItemId, out var change))
                    {
                        WriteChange(word, revisions, change, words);
                    }
                    else
                    {
                        word.AddText(WordDocument.Heading(3), $"{entry.Number}. {entry.Item!.Title}");
                        if (words.Goal(entry.Item.Goal, entry.Item.ServesGoal) is { } goal)
                        {
                            word.Add(null, WordDocument.Run(goal, new RunProperties(new Italic())));
                        }
                        new MarkdownToWord(word).Write(entry.Item.Body);
                        DocxExport.Project(word, words, entry.Item.Project);
                        DocxExport.Indicators(word, words, entry.Item.Indicators);
                    }
                }
            }
        }
        foreach (var section in later.Sections.Closing)
        {
            WriteSection(section, 1);
        }
        // The later edition's plan as it stands: its changed amounts are the projects' tracked changes above.
        DocxExport.Plan(word, words, later);
    }

    private static void WriteChange(WordDocument word, Revisions revisions, ItemChange change, DocumentWords words, string? headingStyle = null)
    {
        var title = change.Change switch
        {
            ItemChangeKind.Added => TextDiff.Between("", change.Number.Label(change.NewTitle)),
            ItemChangeKind.Removed => TextDiff.Between(change.Number.Label(change.OldTitle), ""),
            _ => TextDiff.Between(change.Number.Label(change.OldTitle), change.Number.Label(change.NewTitle)),
        };
        var body = TextDiff.Between(change.OldBody, change.NewBody);
        foreach (var row in title.Rows)
        {
            word.Body.Append(revisions.Paragraph(headingStyle ?? WordDocument.Heading(3), row));
        }
        // A goal's level, priority and condition, as a line of its own (the goal it serves is named where the item is unchanged).
        if (change.OldGoal != change.NewGoal || change.NewGoal is not null)
        {
            foreach (var row in TextDiff.Between(words.Goal(change.OldGoal) ?? "", words.Goal(change.NewGoal) ?? "").Rows)
            {
                word.Body.Append(revisions.Paragraph(null, row));
            }
        }
        foreach (var row in body.Rows)
        {
            word.Body.Append(revisions.Paragraph(null, row));
        }
        // A project's plan as a line a fact, so a changed executor or amount is a changed word; then each changed amount with its difference.
        if (change.OldProject is { IsEmpty: false } || change.NewProject is { IsEmpty: false })
        {
            word.AddText(null, words["Project_Plan"]);
            foreach (var row in TextDiff.Between(words.ProjectLines(change.OldProject), words.ProjectLines(change.NewProject)).Rows)
            {
                word.Body.Append(revisions.Paragraph(null, row));
            }
            foreach (var amount in words.AmountChanges(change.OldProject, change.NewProject))
            {
                word.AddText(null, amount);
            }
        }
        // Indicators as a line each, so a changed target is a changed word Word can accept or reject.
        if (change.OldIndicators is { Count: > 0 } || change.NewIndicators is { Count: > 0 })
        {
            var indicators = TextDiff.Between(words.IndicatorLines(change.OldIndicators), words.IndicatorLines(change.NewIndicators));
            word.AddText(null, words["Indicator_Table"]);
            foreach (var row in indicators.Rows)
            {
                word.Body.Append(revisions.Paragraph(null, row));
            }
        }
    }

    /// <summary>Word revisions by one author at one time, each with the unique id Word requires.</summary>
    private sealed class Revisions(string author, DateTimeOffset at)
    {
        private int next;

        public Paragraph Paragraph(string? style, DiffRow row)
        {
            var properties = new ParagraphProperties();
            if (style is not null)
            {
                properties.Append(new ParagraphStyleId { Val = style });
            }
            // A whole line added or removed: its paragraph mark is a revision too, so accepting
            // or rejecting it leaves no empty paragraph behind.
            if (row.Change == RowChange.Added)
            {
                properties.Append(new ParagraphMarkRunProperties(Mark(new Inserted())));
            }
            else if (row.Change == RowChange.Removed)
            {
                properties.Append(new ParagraphMarkRunProperties(Mark(new Deleted())));
            }
            var paragraph = new Paragraph(properties);
            var pieces = row.Change switch
            {
                RowChange.Added => row.New.Select(p => p with { Change = PieceChange.Inserted }).ToList(),
                RowChange.Removed => row.Old.Select(p => p with { Change = PieceChange.Deleted }).ToList(),
                RowChange.Changed => row.Interleaved(),
                _ => row.New,
            };
            foreach (var piece in pieces)
            {
                paragraph.Append(piece.Change switch
                {
                    PieceChange.Inserted => Mark(new InsertedRun(WordDocument.Run(piece.Text))),
                    PieceChange.Deleted => Mark(new DeletedRun(new Run(new DeletedText(WordDocument.Clean(piece.Text)) { Space = SpaceProcessingModeValues.Preserve }))),
                    _ => WordDocument.Run(piece.Text),
                });
            }
            return paragraph;
        }

        private T Mark<T>(T revision) where T : OpenXmlElement
        {
            revision.SetAttribute(new OpenXmlAttribute("w", "id", "http://schemas.openxmlformats.org/wordprocessingml/2006/main", (++next).ToString()));
            revision.SetAttribute(new OpenXmlAttribute("w", "author", "http://schemas.openxmlformats.org/wordprocessingml/2006/main", author));
            revision.SetAttribute(new OpenXmlAttribute("w", "date", "http://schemas.openxmlformats.org/wordprocessingml/2006/main", at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ")));
            return revision;
        }
    }
}
