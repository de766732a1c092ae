using System.Text.RegularExpressions;
using Markdig;
using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Consolidation;
using StrategyWorkspace.Features.Export;
using StrategyWorkspace.Features.Import;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Import;

/// <summary>Importing a strategy from Word (or Markdown) on the real database: what it creates, the round trip through the export, rights, refusals.</summary>
public sealed class DocumentImportServiceTests
{
    private const string Secretariat = "secretariat@oblast.example";

    /// <summary>A workspace with no items yet, as a committee starts: one administrator.</summary>
    internal static WorkspaceFactory NewWorkspace() => new WorkspaceFactory(seedDemoData: false)
        .With("Workspace:InitialAdministratorEmail", Secretariat)
        .With("Workspace:InitialAdministratorPassword", "First-Admin-2026");

    internal static async Task<DocumentImportResult> ImportAsync(WorkspaceFactory app, string administrator, byte[] docx, string fileName = "Стратегія.docx",
        Func<DocumentImportPreview, DocumentImportPreview>? adjust = null)
    {
        var service = app.Scoped<DocumentImportService>();
        var preview = await service.PreviewAsync(administrator, docx, fileName);
        preview = adjust?.Invoke(preview) ?? preview;
        return await service.ImportAsync(administrator, preview.Document, preview.Roles);
    }

    [Fact]
    public async Task A_strategy_becomes_groups_sections_and_approved_items_with_their_links_in_an_edition_as_adopted()
    {
        await using var app = NewWorkspace();
        var admin = await app.UserIdAsync(Secretariat);

        var result = await ImportAsync(app, admin, TestDocx.Strategy().Bytes());

        Assert.Equal((1, 3, 6, 20, 9), (result.Edition, result.Groups, result.Sections, result.Items, result.Links));
        var document = await ReadAsync(app, result.Edition);
        Assert.Equal("Як ухвалено: імпортовано з «Стратегія.docx»", document.Note);
        Assert.Equal(["Економіка та зайнятість", "Безпека та відновлення", "Людський капітал"], document.Groups.Select(g => g.Name));
        var economy = document.Groups[0];
        var operational = economy.Sections.Single(s => s.Kind == ItemKind.Goal).Items.Single(i => i.Title == "Нові робочі місця");
        Assert.Equal((GoalLevel.Operational, "Конкурентоспроможна економіка"), (operational.Goal!.Level, operational.ServesGoal!.Title));
        var task = economy.Sections.Single(s => s.Kind == ItemKind.Task).Items[0];
        Assert.Equal(("1.4.1", "Підтримка малого бізнесу", "Гранти й кредити.\n\n1. Гранти\n1. Кредити"), (task.Number.ToString(), task.Title, task.Body));
        Assert.Equal("Нові робочі місця", Assert.Single(task.LinksTo).Title);
        Assert.Equal("Соціально-економічний аналіз", document.Sections.Opening.Single(s => s.Kind == ItemKind.Analysis).Title);

        await using var db = await app.Service<IDbContextFactory<WorkspaceDbContext>>().CreateDbContextAsync();
        var version = await db.ItemVersions.SingleAsync(v => v.ItemId == task.ItemId);
        Assert.Equal((RevisionState.Approved, 1, "Імпортовано з «Стратегія.docx», заголовок «Завдання 1.1.1. Підтримка малого бізнесу»"),
            (version.State, version.Number, version.ChangeNote));
    }

    [Fact]
    public async Task The_same_strategy_in_markdown_makes_the_same_edition_as_in_word_with_its_file_named_in_the_notes()
    {
        await using var fromWord = NewWorkspace();
        var word = await ImportAsync(fromWord, await fromWord.UserIdAsync(Secretariat), TestDocx.Strategy().Bytes());
        await using var fromMarkdown = NewWorkspace();

        var markdown = await ImportAsync(fromMarkdown, await fromMarkdown.UserIdAsync(Secretariat), TestMarkdown.Bytes(TestMarkdown.Strategy()), "Стратегія.md");

        Assert.Equal(word, markdown);
        Assert.Equal(Shape(await ReadAsync(fromWord, word.Edition)), Shape(await ReadAsync(fromMarkdown, markdown.Edition)));
        Assert.Equal("Як ухвалено: імпортовано з «Стратегія.md»", (await ReadAsync(fromMarkdown, markdown.Edition)).Note);
    }

    [Fact]
    public async Task The_edition_exported_to_word_and_imported_into_a_new_workspace_gives_the_same_tree_and_texts()
    {
        await using var first = NewWorkspace();
        var edition = (await ImportAsync(first, await first.UserIdAsync(Secretariat), TestDocx.Strategy().Bytes())).Edition;

        var (before, after) = await RoundTripAsync(first, await first.UserIdAsync(Secretariat), edition);

        Assert.Equal(before, after);
    }

    [Fact]
    public async Task The_demo_committees_edition_exported_and_imported_again_gives_the_same_tree_and_texts()
    {
        await using var demo = new WorkspaceFactory();
        var chair = await demo.UserIdAsync(Demo.Chair);
        var consolidation = demo.Scoped<ConsolidationService>();
        var plan = await consolidation.GetMergePlanAsync(chair);
        var edition = await consolidation.MergeAsync(chair, plan.CurrentEdition, plan.Choose(plan.Candidates.Select(c => c.ItemId)), null);

        var (before, after) = await RoundTripAsync(demo, chair, edition);

        Assert.Equal(before, after);
        Assert.Contains(before, line => line.Contains("Індустріальний парк у м. Сєвєродонецьку", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_large_generated_strategy_of_1500_items_imports_and_comes_back_the_same_from_its_export()
    {
        await using var first = NewWorkspace();
        var admin = await first.UserIdAsync(Secretariat);

        var result = await ImportAsync(first, admin, Generated(groups: 5, goals: 5, operational: 4, tasks: 14).Bytes());

        Assert.True(result.Items >= 1_500, $"{result.Items} items");
        var (before, after) = await RoundTripAsync(first, admin, result.Edition);
        Assert.Equal([], after.Except(before).Take(3));
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Into_a_workspace_with_items_an_import_adds_beside_them_and_overwrites_nothing()
    {
        await using var app = new WorkspaceFactory();
        var admin = await app.UserIdAsync(Demo.Admin);
        var chair = await app.UserIdAsync(Demo.Chair);
        var before = await ReadAsync(app, 1);
        var analysis = before.Sections.Held.Single(s => s.Kind == ItemKind.Analysis);
        var docx = new TestDocx()
            .Heading(1, "Соціально-економічний аналіз").Paragraph("Інший аналіз, який не має замінити чинний.")
            .Heading(1, "Економіка і екологія").Heading(2, "Проблема 9. Застарілі очисні споруди").Paragraph("Очисні споруди зношені.")
            .Heading(1, "Туризм").Heading(2, "Стратегічна ціль 9. Туристична привабливість").Paragraph("Туристи приїжджають.")
            .Bytes();

        var preview = await app.Scoped<DocumentImportService>().PreviewAsync(admin, docx, "Доповнення.docx");
        Assert.Equal("Соціально-економічний аналіз", Assert.Single(preview.Plan.SectionsKept).Title);
        var result = await app.Scoped<DocumentImportService>().ImportAsync(admin, preview.Document, preview.Roles);

        var after = await ReadAsync(app, result.Edition);
        Assert.Equal((0, 2, 1), (result.Sections, result.Items, result.Groups));
        Assert.Equal(analysis.Body, after.Sections.Held.Single(s => s.Kind == ItemKind.Analysis).Body);
        var economy = after.Groups.Single(g => g.Name == "Економіка і екологія");
        Assert.Equal(["Економіка області потребує відновлення", "Застарілі очисні споруди"],
            economy.Sections.Single(s => s.Kind == ItemKind.Problem).Items.Select(i => i.Title));
        Assert.Equal(6, after.Groups.Single(g => g.Name == "Туризм").Position);
        // What the chair approved and had not merged yet stays waiting for the chair's own merge.
        Assert.NotEmpty((await app.Scoped<ConsolidationService>().GetMergePlanAsync(chair)).Candidates);
    }

    [Fact]
    public async Task Only_the_administrator_reads_a_document_for_import_and_imports_it()
    {
        await using var app = new WorkspaceFactory();
        var service = app.Scoped<DocumentImportService>();
        var docx = TestDocx.Strategy().Bytes();
        var preview = await service.PreviewAsync(await app.UserIdAsync(Demo.Admin), docx, "s.docx");

        foreach (var who in new[] { Demo.Chair, Demo.Economy, Demo.Expert })
        {
            var id = await app.UserIdAsync(who);
            await Assert.ThrowsAsync<ActionRefusedException>(() => service.PreviewAsync(id, docx, "s.docx"));
            await Assert.ThrowsAsync<ActionRefusedException>(() => service.ImportAsync(id, preview.Document, preview.Roles));
        }
        await Assert.ThrowsAsync<ActionRefusedException>(() => service.ImportAsync(null, preview.Document, preview.Roles));
    }

    [Fact]
    public async Task A_refused_import_writes_nothing()
    {
        await using var app = NewWorkspace();
        var admin = await app.UserIdAsync(Secretariat);
        var service = app.Scoped<DocumentImportService>();
        var preview = await service.PreviewAsync(admin, TestDocx.Strategy().Bytes(), "s.docx");
        var task = preview.Document.Headings.First(h => h.Text.StartsWith("Завдання", StringComparison.Ordinal)).Index;
        var project = preview.WithRole(task, ImportRole.Project).WithRole(task - 1, ImportRole.Skip);

        var refusal = await Assert.ThrowsAsync<InvalidInputException>(() => service.ImportAsync(admin, project.Document, project.Roles));
        await Assert.ThrowsAsync<StaleDataException>(() => service.ImportAsync(admin, preview.Document, preview.Roles.Skip(1).ToList()));
        await Assert.ThrowsAsync<InvalidInputException>(() => service.PreviewAsync(admin, "not a document"u8.ToArray(), "s.docx"));
        await Assert.ThrowsAsync<InvalidInputException>(() => service.PreviewAsync(admin, TestDocx.Strategy().Bytes(), "s.md"));

        Assert.Equal("Import_ProjectWithoutTask", refusal.MessageKey);
        await using var db = await app.Service<IDbContextFactory<WorkspaceDbContext>>().CreateDbContextAsync();
        Assert.Equal((0, 0, 0), (await db.Items.CountAsync(), await db.Editions.CountAsync(), await db.WorkingGroups.CountAsync(g => !g.IsCommittee)));
    }

    /// <summary>The edition as lines (groups, sections, items with their kind, number, title, text as words and links), before and after the round trip.</summary>
    private static async Task<(List<string> Before, List<string> After)> RoundTripAsync(WorkspaceFactory app, string reader, int edition)
    {
        var before = Shape(await ReadAsync(app, edition));
        var file = await app.Scoped<EditionExports>().DocxAsync(reader, edition);
        await using var second = NewWorkspace();
        var result = await ImportAsync(second, await second.UserIdAsync(Secretariat), file.Content, file.FileName);
        return (before, Shape(await ReadAsync(second, result.Edition)));
    }

    private static async Task<EditionDocument> ReadAsync(WorkspaceFactory app, int edition)
    {
        await using var db = await app.Service<IDbContextFactory<WorkspaceDbContext>>().CreateDbContextAsync();
        return (await EditionReader.ReadDocumentAsync(db, edition, CancellationToken.None))!;
    }

    private static List<string> Shape(EditionDocument document)
    {
        string Item(EditionItem item) => string.Join(" | ", item.Kind, item.Number.ToString(), item.Title, Words(item.Body),
            item.Goal?.Level.ToString() ?? "", item.ServesGoal?.Title ?? "", string.Join("; ", item.LinksTo.Select(l => $"{l.Number} {l.Title}")));
        var lines = document.Sections.Held.OrderBy(s => s.Kind).Select(Item).ToList();
        foreach (var group in document.Groups)
        {
            lines.Add($"{group.Position}. {group.Name}");
            lines.AddRange(group.Sections.SelectMany(s => s.Items).Select(Item));
        }
        return lines;
    }

    /// <summary>The text as a reader sees it: Markdown's marks and the spacing between blocks aside.</summary>
    private static string Words(string markdown) =>
        Regex.Replace(Markdown.ToPlainText(markdown, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build()), @"\s+", " ").Trim();

    /// <summary>A strategy of <paramref name="groups"/> directions, each with a problem and goals, operational goals and tasks, numbered as the methodology numbers them.</summary>
    internal static TestDocx Generated(int groups, int goals, int operational, int tasks)
    {
        var docx = new TestDocx().Heading(1, "Вступ").Paragraph("Стратегія області.");
        for (var g = 1; g <= groups; g++)
        {
            docx.Heading(1, $"Напрям {g}. Розвиток напряму {g}").Heading(2, $"Проблема {g}. Проблема напряму {g}").Paragraph($"Опис проблеми {g}.");
            for (var s = 1; s <= goals; s++)
            {
                docx.Heading(2, $"Стратегічна ціль {g}.{s}. Ціль {g}.{s}").Paragraph($"Ціль **{g}.{s}** досягається.");
                for (var o = 1; o <= operational; o++)
                {
                    docx.Heading(3, $"Операційна ціль {g}.{s}.{o}. Операційна ціль {g}.{s}.{o}").Paragraph("Опис.");
                    for (var t = 1; t <= tasks; t++)
                    {
                        docx.Heading(4, $"Завдання {g}.{s}.{o}.{t}. Завдання {g}.{s}.{o}.{t}")
                            .Paragraph($"Завдання {t} виконується щороку; *відповідальні* — департаменти.").Bullets("Захід перший", "Захід другий");
                    }
                }
            }
        }
        return docx;
    }
}
