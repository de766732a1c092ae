using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Import;

namespace StrategyWorkspace.Tests.Features.Import;

/// <summary>What each heading becomes, guessed from its words, numbering and place; and the plan made from the guesses.</summary>
public sealed class ImportGuessTests
{
    [Theory]
    [InlineData("Стратегічна ціль 1. Конкурентоспроможна економіка", ImportRole.StrategicGoal, "1", "Конкурентоспроможна економіка")]
    [InlineData("Операційна ціль 1.2: Інвестиції", ImportRole.OperationalGoal, "1.2", "Інвестиції")]
    [InlineData("Завдання 1.2.3. Розмінування", ImportRole.Task, "1.2.3", "Розмінування")]
    [InlineData("1.2.3. Завдання — Розмінування", ImportRole.Task, "1.2.3", "Розмінування")]
    [InlineData("Strategic objective 2 — Safe environment", ImportRole.StrategicGoal, "2", "Safe environment")]
    [InlineData("Task 2.1.1. Demining", ImportRole.Task, "2.1.1", "Demining")]
    [InlineData("Проєкт 4. Індустріальний парк", ImportRole.Project, "4", "Індустріальний парк")]
    [InlineData("Проблема розмінування територій", null, null, "Проблема розмінування територій")]
    [InlineData("1.3.2. Нові робочі місця", null, "1.3.2", "Нові робочі місця")]
    public void A_headings_words_name_its_kind_and_number_and_its_title_is_what_follows(string heading, ImportRole? role, string? number, string title)
    {
        Assert.Equal((role, number), ImportGuess.Named(heading));
        Assert.Equal(title, ImportGuess.Title(heading));
    }

    [Fact]
    public void A_strategy_shaped_as_the_methodology_has_it_is_guessed_section_by_section_and_item_by_item()
    {
        var document = WordOutline.Read(TestDocx.Strategy().Bytes(), "s.docx");

        var roles = ImportGuess.Guess(document.Headings);

        ImportRole RoleOf(string start) => roles[document.Headings.Single(h => h.Text.StartsWith(start, StringComparison.Ordinal)).Index];
        Assert.Equal(
            [ImportRole.Introduction, ImportRole.Analysis, ImportRole.Text, ImportRole.Skip, ImportRole.Strengths, ImportRole.Threats, ImportRole.Vision],
            [RoleOf("Вступ"), RoleOf("Соціально-економічний"), RoleOf("Демографія"), RoleOf("SWOT"), RoleOf("Сильні"), RoleOf("Загрози"), RoleOf("Стратегічне бачення")]);
        Assert.Equal(
            [ImportRole.Group, ImportRole.Problem, ImportRole.StrategicGoal, ImportRole.OperationalGoal, ImportRole.Task, ImportRole.Implementation],
            [RoleOf("Економіка"), RoleOf("Проблема 1"), RoleOf("Стратегічна ціль 1"), RoleOf("Операційна ціль 1.1"), RoleOf("Завдання 1.1.1"), RoleOf("Впровадження")]);

        var plan = ImportPlan.Build(document, roles, new Dictionary<string, int>(), new HashSet<ItemKind>());
        Assert.True(plan.CanImport);
        Assert.Equal(["Економіка та зайнятість", "Безпека та відновлення", "Людський капітал"], plan.Groups.Select(g => g.Name));
        Assert.Equal((20, 6, 3, 5, 9), (plan.ItemCount, plan.Sections.Count, plan.Count(ItemKind.Problem), plan.Count(ItemKind.Goal) - 3, plan.Count(ItemKind.Task)));
        Assert.StartsWith("Населення області скоротилося.", plan.Sections.Single(s => s.Kind == ItemKind.Analysis).Body, StringComparison.Ordinal);
        Assert.EndsWith("### Демографія\n\nВідтік молоді — *головний* виклик.", plan.Sections.Single(s => s.Kind == ItemKind.Analysis).Body, StringComparison.Ordinal);
        // Every task serves the operational goal it stands under; every operational goal the strategic goal above it.
        Assert.Equal(9, plan.Links.Count(l => !l.Serves));
        Assert.Equal(5, plan.Links.Count(l => l.Serves));
    }

    [Fact]
    public void Headings_above_no_group_go_into_a_group_named_after_their_strategic_goal()
    {
        var document = WordOutline.Read(new TestDocx()
            .Heading(1, "Стратегічна ціль 1. Економіка").Heading(2, "Операційна ціль 1.1. Робочі місця").Heading(3, "Завдання 1.1.1. Гранти")
            .Bytes(), "g.docx");

        var plan = ImportPlan.Build(document, ImportGuess.Guess(document.Headings), new Dictionary<string, int> { ["ЕКОНОМІКА"] = 7 }, new HashSet<ItemKind>());

        var group = Assert.Single(plan.Groups);
        Assert.Equal(("Економіка", 7, 3), (group.Name, group.ExistingId, group.Items.Count));
    }

    [Fact]
    public void A_project_under_no_task_a_section_twice_and_a_document_of_nothing_stop_the_import()
    {
        var document = WordOutline.Read(new TestDocx()
            .Heading(1, "Вступ").Paragraph("Перший.").Heading(1, "Передмова").Paragraph("Другий.")
            .Heading(1, "Економіка").Heading(2, "Проєкт 1. Парк").Bytes(), "p.docx");
        var roles = ImportGuess.Guess(document.Headings);

        var plan = ImportPlan.Build(document, roles, new Dictionary<string, int>(), new HashSet<ItemKind>());

        Assert.False(plan.CanImport);
        Assert.Equal(["Import_SectionTwice", "Import_ProjectWithoutTask"], plan.Problems.Select(p => p.MessageKey));
        var nothing = ImportPlan.Build(document, roles.Select(_ => ImportRole.Skip).ToList(), new Dictionary<string, int>(), new HashSet<ItemKind>());
        Assert.Equal("Import_NothingToImport", Assert.Single(nothing.Problems).MessageKey);
        var kept = ImportPlan.Build(document, roles.Select((r, i) => i == 0 ? r : ImportRole.Skip).ToList(), new Dictionary<string, int>(), new HashSet<ItemKind> { ItemKind.Introduction });
        Assert.Equal("Import_OnlyKeptSections", Assert.Single(kept.Problems).MessageKey);
    }
}
