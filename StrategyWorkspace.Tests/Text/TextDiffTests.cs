namespace StrategyWorkspace.Tests.Text;

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

    [Theory]
    [InlineData("а б в г", "а б х в г", "а б ", "", "х ")]
    [InlineData("так так так", "так так", "так так", " так", "")]
    [InlineData("один два", "три", "", "один два", "три")]
    public void Words_both_lines_share_at_the_ends_stay_kept_around_the_edit(string before, string after,
        string keptBefore, string deleted, string inserted)
    {
        var row = TextDiff.Between(before, after).Rows.Single();

        Assert.Equal(RowChange.Changed, row.Change);
        // Read back, each side is its own line again.
        Assert.Equal(before, string.Concat(row.Old.Select(p => p.Text)));
        Assert.Equal(after, string.Concat(row.New.Select(p => p.Text)));
        Assert.Equal(deleted, string.Concat(row.Old.Where(p => p.Change == PieceChange.Deleted).Select(p => p.Text)));
        Assert.Equal(inserted, string.Concat(row.New.Where(p => p.Change == PieceChange.Inserted).Select(p => p.Text)));
        Assert.Equal(keptBefore, string.Concat(row.New.TakeWhile(p => p.Change == PieceChange.Same).Select(p => p.Text)));
    }

    [Fact]
    public void Every_line_edited_gives_a_changed_row_per_line_with_its_own_numbers()
    {
        var before = string.Join("\n", Enumerable.Range(1, 300).Select(i => $"Рядок {i} про розвиток громади."));
        var after = before.Replace("про", "щодо", StringComparison.Ordinal);

        var diff = TextDiff.Between(before, after);

        Assert.Equal(300, diff.Rows.Count);
        Assert.All(diff.Rows, (row, index) =>
        {
            Assert.Equal((RowChange.Changed, index + 1, index + 1), (row.Change, row.OldNumber, row.NewNumber));
            Assert.Equal([new DiffPiece("про", PieceChange.Deleted)], row.Old.Where(p => p.Change != PieceChange.Same));
            Assert.Equal([new DiffPiece("щодо", PieceChange.Inserted)], row.New.Where(p => p.Change != PieceChange.Same));
        });
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
