using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Consolidation;
using StrategyWorkspace.Features.Export;
using StrategyWorkspace.Tests.Infrastructure;

using static StrategyWorkspace.Tests.Domain.ItemNumberTests;

namespace StrategyWorkspace.Tests.Features.Export;

public sealed class TrackedChangesExportTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private WordprocessingDocument Export()
    {
        var later = ExportSamples.Document(number: 3);
        var comparison = new EditionComparison(2, 3,
        [
            new ItemChange(12, ItemChangeKind.Changed, N("1.2.1"), ItemKind.Solution, 1, 1, "Економіка і екологія",
                1, "Відновлення виробництв", "Залучення коштів.\nРядок без змін.",
                2, "Відновлення виробництв", "Залучення інвестицій.\nРядок без змін.\nНовий рядок."),
            new ItemChange(21, ItemChangeKind.Added, N("4.3.2"), ItemKind.Goal, 4, 4, "Соціальна сфера і культура",
                null, "", "", 2, "Доступні послуги", "Якісні соціальні послуги."),
            new ItemChange(13, ItemChangeKind.Removed, N("1.2.2"), ItemKind.Solution, 1, 1, "Економіка і екологія",
                1, "Застарілий шлях", "Більше не потрібен.", null, "", ""),
        ], [], [(1, "Економіка і екологія"), (4, "Соціальна сфера і культура")]);
        var stream = new MemoryStream();
        TrackedChangesExport.Write(comparison, later, ExportSamples.Words(fixture.App), stream);
        stream.Position = 0;
        return WordprocessingDocument.Open(stream, isEditable: false);
    }

    [Fact]
    public void A_goal_s_new_priority_is_a_revision_in_its_traits_line()
    {
        var comparison = new EditionComparison(2, 3,
        [
            new ItemChange(21, ItemChangeKind.Changed, N("4.3.2"), ItemKind.Goal, 4, 4, "Соціальна сфера і культура",
                1, "Доступні послуги", "Якісні соціальні послуги.", 2, "Доступні послуги", "Якісні соціальні послуги.",
                GoalTraits.Default, GoalTraits.Default with { Priority = 1 }),
        ], [], [(4, "Соціальна сфера і культура")]);
        var stream = new MemoryStream();
        TrackedChangesExport.Write(comparison, ExportSamples.Document(number: 3), ExportSamples.Words(fixture.App), stream);
        stream.Position = 0;
        using var word = WordprocessingDocument.Open(stream, isEditable: false);

        var traits = word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Single(p => p.InnerText.StartsWith("Стратегічна ціль", StringComparison.Ordinal));
        Assert.Contains("Пріоритет 1", string.Concat(traits.Descendants<InsertedRun>().Select(r => r.InnerText)));
    }

    [Fact]
    public void A_lowered_target_is_a_revision_in_its_indicators_line()
    {
        var lowered = new IndicatorSet([ExportSamples.Indicators.Items[0] with { Targets = [new IndicatorTarget(2018, 10m), new IndicatorTarget(2020, 7m)] }]);
        var comparison = new EditionComparison(2, 3,
        [
            new ItemChange(21, ItemChangeKind.Changed, N("4.3.2"), ItemKind.Goal, 4, 4, "Соціальна сфера і культура",
                1, "Доступні послуги", "Якісні соціальні послуги.", 2, "Доступні послуги", "Якісні соціальні послуги.",
                null, null, ExportSamples.Indicators, lowered),
        ], [], [(4, "Соціальна сфера і культура")]);
        var stream = new MemoryStream();
        TrackedChangesExport.Write(comparison, ExportSamples.Document(number: 3), ExportSamples.Words(fixture.App), stream);
        stream.Position = 0;
        using var word = WordprocessingDocument.Open(stream, isEditable: false);

        var line = word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Single(p => p.InnerText.StartsWith("Рівень безробіття", StringComparison.Ordinal));
        Assert.Contains("7", string.Concat(line.Descendants<InsertedRun>().Select(r => r.InnerText)));
        Assert.Contains("8", string.Concat(line.Descendants<DeletedRun>().Select(r => r.InnerText)));
    }

    [Fact]
    public void Edited_words_are_word_revisions_deleted_before_inserted()
    {
        using var word = Export();
        var body = word.MainDocumentPart!.Document!.Body!;

        var edited = body.Elements<Paragraph>().Single(p => p.InnerText.StartsWith("Залучення", StringComparison.Ordinal));
        var parts = edited.ChildElements.Where(e => e is Run or InsertedRun or DeletedRun)
            .Select(e => e switch
            {
                InsertedRun ins => "+" + ins.InnerText,
                DeletedRun del => "-" + string.Concat(del.Descendants<DeletedText>().Select(t => t.Text)),
                _ => e.InnerText,
            }).ToList();
        Assert.Equal(["Залучення ", "-коштів", "+інвестицій", "."], parts);
        Assert.All(body.Descendants<InsertedRun>(), ins => Assert.Equal("Голова комітету", ins.Author!.Value));
    }

    [Fact]
    public void Added_lines_and_items_are_insertions_and_removed_items_deletions_with_their_paragraph_marks()
    {
        using var word = Export();
        var body = word.MainDocumentPart!.Document!.Body!;

        var inserted = body.Descendants<InsertedRun>().Select(r => r.InnerText).ToList();
        Assert.Contains("Новий рядок.", inserted);
        Assert.Contains("4.3.2. Доступні послуги", inserted);
        Assert.Contains("Якісні соціальні послуги.", inserted);
        var deleted = body.Descendants<DeletedRun>().Select(r => string.Concat(r.Descendants<DeletedText>().Select(t => t.Text))).ToList();
        Assert.Contains("1.2.2. Застарілий шлях", deleted);
        Assert.Contains("Більше не потрібен.", deleted);

        var removedHeading = body.Elements<Paragraph>().Single(p => p.Descendants<DeletedText>().Any(t => t.Text.Contains("Застарілий шлях")));
        Assert.Equal("Heading3", removedHeading.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        Assert.NotNull(removedHeading.ParagraphProperties.ParagraphMarkRunProperties!.GetFirstChild<Deleted>());
        var addedLine = body.Elements<Paragraph>().Single(p => p.InnerText == "Новий рядок.");
        Assert.NotNull(addedLine.ParagraphProperties!.ParagraphMarkRunProperties!.GetFirstChild<Inserted>());
    }

    [Fact]
    public void Unchanged_items_are_plain_text_and_every_revision_has_its_own_id()
    {
        using var word = Export();
        var body = word.MainDocumentPart!.Document!.Body!;

        var problem = body.Elements<Paragraph>().Single(p => p.InnerText == "1.1.1. Економіка потребує відновлення" && p.ParagraphProperties?.ParagraphStyleId?.Val == "Heading3");
        Assert.Empty(problem.Descendants<InsertedRun>());
        var ids = body.Descendants<InsertedRun>().Select(r => r.Id!.Value)
            .Concat(body.Descendants<DeletedRun>().Select(r => r.Id!.Value))
            .Concat(body.Descendants<Inserted>().Select(r => r.Id!.Value))
            .Concat(body.Descendants<Deleted>().Select(r => r.Id!.Value)).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal("Редакція 3 з відстеженими змінами від редакції 2", word.PackageProperties.Subject);
    }
}
