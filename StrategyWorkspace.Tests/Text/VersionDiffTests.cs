using Bunit;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Text;

public sealed class VersionDiffTests : WorkspaceComponentTest
{
    private static readonly string OldBody = string.Join("\n", Enumerable.Range(1, 12).Select(i => $"Рядок {i}"));
    private static readonly string NewBody = OldBody.Replace("Рядок 6", "Рядок шостий").Replace("Рядок 12", "Рядок 12\nНовий рядок");

    private IRenderedComponent<VersionDiff> RenderDiff(string oldTitle = "Назва", string newTitle = "Назва") =>
        Render<VersionDiff>(p => p
            .Add(c => c.OldTitle, oldTitle).Add(c => c.NewTitle, newTitle)
            .Add(c => c.OldBody, OldBody).Add(c => c.NewBody, NewBody)
            .Add(c => c.OldLabel, "версія 1").Add(c => c.NewLabel, "версія 2"));

    [Fact]
    public void Inline_marks_changes_by_strike_through_underline_markers_and_words_for_screen_readers()
    {
        var diff = RenderDiff();

        var removed = diff.Find(".diff-inline .diff-old");
        var added = diff.FindAll(".diff-inline .diff-new");
        Assert.Equal("−", removed.QuerySelector(".diff-marker")!.TextContent);
        Assert.Equal("Вилучений рядок:", removed.QuerySelector(".visually-hidden")!.TextContent.Trim());
        Assert.Contains("6", removed.QuerySelector("del")!.TextContent);
        Assert.Contains("шостий", added[0].QuerySelector("ins")!.TextContent);
        Assert.StartsWith("додано:", added[0].QuerySelector("ins .visually-hidden")!.TextContent);
        Assert.Contains(added, a => a.TextContent.Contains("Новий рядок"));
    }

    [Fact]
    public void A_changed_priority_or_condition_of_a_goal_shows_both_sides_in_words()
    {
        var diff = Render<VersionDiff>(p => p
            .Add(c => c.OldTitle, "Ціль").Add(c => c.NewTitle, "Ціль").Add(c => c.OldBody, "Текст").Add(c => c.NewBody, "Текст")
            .Add(c => c.OldGoal, GoalTraits.Default).Add(c => c.NewGoal, GoalTraits.Default with { Priority = 1, Condition = "Після реформи" })
            .Add(c => c.OldLabel, "версія 1").Add(c => c.NewLabel, "версія 2"));

        Assert.Equal("Стратегічна ціль · Без пріоритету", diff.Find(".goal-traits-diff del").TextContent);
        Assert.Equal("Стратегічна ціль · Пріоритет 1 · Умова: Після реформи", diff.Find(".goal-traits-diff ins").TextContent);
        Assert.Empty(RenderDiff().FindAll(".goal-traits-diff"));
    }

    [Fact]
    public void Changes_only_is_on_by_default_and_folds_unchanged_lines()
    {
        var diff = RenderDiff();

        Assert.Contains("незмінених рядків: 3", diff.Find(".diff-fold").TextContent);
        diff.Find("input[type=checkbox]").Change(false);
        Assert.Empty(diff.FindAll(".diff-fold"));
        Assert.Contains("Рядок 1", diff.Find(".diff-inline").TextContent);
    }

    [Fact]
    public void Side_by_side_puts_old_and_new_in_columns_of_a_captioned_table()
    {
        var diff = RenderDiff();

        diff.FindAll("button").Single(b => b.TextContent.Trim() == "Поруч").Click();

        var table = diff.Find("table.diff-side-by-side");
        Assert.Equal("Текст (Markdown)", table.QuerySelector("caption")!.TextContent);
        Assert.Equal(["версія 1", "версія 2"], table.QuerySelectorAll("th").Select(th => th.TextContent));
        var changed = table.QuerySelector("tr.diff-changed")!;
        Assert.NotNull(changed.QuerySelector("td.diff-old del"));
        Assert.NotNull(changed.QuerySelector("td.diff-new ins"));
        Assert.Equal("true", diff.FindAll("button").Single(b => b.TextContent.Trim() == "Поруч").GetAttribute("aria-pressed"));
    }

    [Fact]
    public void Shows_the_titles_change_too()
    {
        var diff = RenderDiff("Безробіття", "Безробіття молоді");
        Assert.Contains("молоді", diff.Find(".diff-inline ins").TextContent);
    }
}
