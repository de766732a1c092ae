using StrategyWorkspace.Features.Review;

namespace StrategyWorkspace.Tests.Features.Review;

public sealed class TextDiffTests
{
    [Fact]
    public void Changed_lines_carry_word_level_insertions_and_deletions()
    {
        var diff = TextDiff.Between("Рівень безробіття зростає.\nБез змін.", "Рівень безробіття спадає.\nБез змін.");

        var changed = diff.Rows[0];
        Assert.Equal(RowChange.Changed, changed.Change);
        Assert.Contains(new DiffPiece("зростає", PieceChange.Deleted), changed.Old);
        Assert.Contains(new DiffPiece("спадає", PieceChange.Inserted), changed.New);
        Assert.Equal(RowChange.Unchanged, diff.Rows[1].Change);
    }

    [Fact]
    public void Added_and_removed_lines_are_whole_lines()
    {
        var diff = TextDiff.Between("a\nстарий\nb", "a\nb\nновий");

        Assert.Contains(diff.Rows, r => r.Change == RowChange.Removed && r.Old.Single().Text == "старий");
        Assert.Contains(diff.Rows, r => r.Change == RowChange.Added && r.New.Single().Text == "новий");
    }

    [Fact]
    public void A_new_item_compares_against_an_empty_text()
    {
        var diff = TextDiff.Between("", "Перший рядок\nДругий");
        Assert.All(diff.Rows.Where(r => r.New.Count > 0), r => Assert.NotEqual(RowChange.Unchanged, r.Change));
        Assert.True(diff.HasChanges);
    }

    [Fact]
    public void Changes_only_folds_long_unchanged_runs_and_keeps_context()
    {
        var lines = Enumerable.Range(1, 20).Select(i => $"Рядок {i}").ToArray();
        var changed = lines.ToArray();
        changed[10] = "Змінений рядок 11";

        var shown = TextDiff.Between(string.Join("\n", lines), string.Join("\n", changed)).ChangesOnly(context: 2);

        Assert.Equal(new FoldedRows(8), shown[0]);
        Assert.Equal(5, shown.OfType<DiffRow>().Count());
        Assert.Equal(new FoldedRows(7), shown[^1]);
    }

    [Fact]
    public void Identical_texts_have_no_changes()
    {
        Assert.False(TextDiff.Between("a\nb", "a\nb").HasChanges);
    }
}
