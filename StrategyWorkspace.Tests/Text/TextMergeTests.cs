namespace StrategyWorkspace.Tests.Text;

public sealed class TextMergeTests
{
    private const string Base = "Рядок 1\nРядок 2\nРядок 3\nРядок 4";

    [Fact]
    public void Changes_to_different_lines_merge_cleanly_keeping_both()
    {
        var theirs = "Рядок 1 — їхнє\nРядок 2\nРядок 3\nРядок 4";
        var mine = "Рядок 1\nРядок 2\nРядок 3\nРядок 4 — моє";

        var merge = TextMerge.Merge(Base, theirs, mine);

        Assert.True(merge.IsClean);
        Assert.Equal("Рядок 1 — їхнє\nРядок 2\nРядок 3\nРядок 4 — моє", merge.Text);
    }

    [Fact]
    public void Different_changes_to_the_same_line_are_a_conflict_with_both_sides()
    {
        var merge = TextMerge.Merge(Base, "Рядок 1\nЇхній другий\nРядок 3\nРядок 4", "Рядок 1\nМій другий\nРядок 3\nРядок 4");

        Assert.False(merge.IsClean);
        var conflict = Assert.Single(merge.Segments, s => s.IsConflict).Conflict!;
        Assert.Equal(("Рядок 2", "Їхній другий", "Мій другий"), (conflict.Base, conflict.Theirs, conflict.Mine));
        Assert.Equal("Рядок 1\nМій другий\nРядок 3\nРядок 4", merge.Compose(["Мій другий"]));
        Assert.Equal("Рядок 1\nЇхній другий\nМій другий\nРядок 3\nРядок 4", merge.Compose(["Їхній другий\nМій другий"]));
    }

    [Fact]
    public void The_same_change_on_both_sides_is_taken_once()
    {
        var same = "Рядок 1\nСпільна зміна\nРядок 3\nРядок 4";
        var merge = TextMerge.Merge(Base, same, same);
        Assert.True(merge.IsClean);
        Assert.Equal(same, merge.Text);
    }

    [Fact]
    public void Lines_added_at_both_ends_are_kept()
    {
        var merge = TextMerge.Merge("a\nb", "a\nb\nкінець", "початок\na\nb");
        Assert.True(merge.IsClean);
        Assert.Equal("початок\na\nb\nкінець", merge.Text);
    }

    [Theory]
    [InlineData("Назва", "Назва", "Моя назва", "Моя назва")]
    [InlineData("Назва", "Їхня назва", "Назва", "Їхня назва")]
    [InlineData("Назва", "Спільна", "Спільна", "Спільна")]
    public void A_title_changed_on_one_side_takes_that_change(string baseTitle, string theirs, string mine, string expected)
    {
        var merge = TextMerge.MergeLine(baseTitle, theirs, mine);
        Assert.Equal(expected, merge.Text);
    }

    [Fact]
    public void A_title_changed_differently_on_both_sides_is_a_conflict()
    {
        var merge = TextMerge.MergeLine("Назва", "Їхня", "Моя");
        Assert.Equal(1, merge.ConflictCount);
    }
}
