using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace StrategyWorkspace.Features.Review;

public enum PieceChange
{
    Same,
    Inserted,
    Deleted,
}

/// <summary>A run of words in a line, marked as kept, inserted or deleted.</summary>
public sealed record DiffPiece(string Text, PieceChange Change);

public enum RowChange
{
    Unchanged,
    Changed,
    Added,
    Removed,
}

/// <summary>One line of the comparison: the old and the new line side by side (either may be absent).</summary>
public sealed record DiffRow(
    RowChange Change,
    int? OldNumber, IReadOnlyList<DiffPiece> Old,
    int? NewNumber, IReadOnlyList<DiffPiece> New)
{
    /// <summary>
    /// The old and the new line as one run of pieces, each deletion before the insertion that
    /// replaces it: how a tracked-changes document shows an edited line.
    /// </summary>
    public IReadOnlyList<DiffPiece> Interleaved()
    {
        var pieces = new List<DiffPiece>();
        int i = 0, j = 0, oldOffset = 0, newOffset = 0;
        while (i < Old.Count || j < New.Count)
        {
            for (; i < Old.Count && Old[i].Change != PieceChange.Same; i++)
            {
                pieces.Add(Old[i]);
            }
            for (; j < New.Count && New[j].Change != PieceChange.Same; j++)
            {
                pieces.Add(New[j]);
            }
            if (i >= Old.Count || j >= New.Count)
            {
                // The kept text is the same on both sides, so one side ending means the other has only changes left.
                pieces.AddRange(Old.Skip(i).Where(p => p.Change != PieceChange.Same));
                pieces.AddRange(New.Skip(j));
                break;
            }
            // Kept runs may be split differently on the two sides: take the shorter remainder.
            var length = Math.Min(Old[i].Text.Length - oldOffset, New[j].Text.Length - newOffset);
            pieces.Add(new DiffPiece(New[j].Text.Substring(newOffset, length), PieceChange.Same));
            oldOffset += length;
            newOffset += length;
            if (oldOffset == Old[i].Text.Length)
            {
                i++;
                oldOffset = 0;
            }
            if (newOffset == New[j].Text.Length)
            {
                j++;
                newOffset = 0;
            }
        }
        return pieces;
    }
}

/// <summary>A run of unchanged lines hidden in the "changes only" view.</summary>
public sealed record FoldedRows(int Count);

/// <summary>
/// The comparison of two texts: line by line first, then word by word only inside the lines
/// that changed (DiffPlex's side-by-side builder), so a large text stays fast.
/// </summary>
public sealed record TextDiff(IReadOnlyList<DiffRow> Rows)
{
    public bool HasChanges => Rows.Any(r => r.Change != RowChange.Unchanged);

    public int Added => Rows.Count(r => r.Change is RowChange.Added or RowChange.Changed);

    public int Removed => Rows.Count(r => r.Change is RowChange.Removed or RowChange.Changed);

    public static TextDiff Between(string oldText, string newText)
    {
        var model = SideBySideDiffBuilder.Diff(oldText ?? "", newText ?? "", ignoreWhiteSpace: false, ignoreCase: false);
        var rows = new List<DiffRow>(model.NewText.Lines.Count);
        for (var i = 0; i < model.NewText.Lines.Count; i++)
        {
            var oldLine = model.OldText.Lines[i];
            var newLine = model.NewText.Lines[i];
            var change = (oldLine.Type, newLine.Type) switch
            {
                (ChangeType.Unchanged, _) => RowChange.Unchanged,
                (ChangeType.Imaginary, _) => RowChange.Added,
                (_, ChangeType.Imaginary) => RowChange.Removed,
                _ => RowChange.Changed,
            };
            rows.Add(new DiffRow(change, oldLine.Position, Pieces(oldLine), newLine.Position, Pieces(newLine)));
        }
        // DiffPlex reports the empty line after a final newline; it is not a line a reader sees.
        while (rows.Count > 0 && rows[^1] is { Change: RowChange.Unchanged, Old.Count: 0, New.Count: 0 })
        {
            rows.RemoveAt(rows.Count - 1);
        }
        return new TextDiff(rows);
    }

    /// <summary>
    /// The rows to show when only changes matter: each change with <paramref name="context"/>
    /// unchanged lines around it; longer unchanged runs become one fold.
    /// </summary>
    public IReadOnlyList<object> ChangesOnly(int context = 2)
    {
        var keep = new bool[Rows.Count];
        for (var i = 0; i < Rows.Count; i++)
        {
            if (Rows[i].Change == RowChange.Unchanged)
            {
                continue;
            }
            for (var j = Math.Max(0, i - context); j <= Math.Min(Rows.Count - 1, i + context); j++)
            {
                keep[j] = true;
            }
        }
        var shown = new List<object>();
        var folded = 0;
        for (var i = 0; i < Rows.Count; i++)
        {
            if (keep[i])
            {
                if (folded > 0)
                {
                    shown.Add(new FoldedRows(folded));
                    folded = 0;
                }
                shown.Add(Rows[i]);
            }
            else
            {
                folded++;
            }
        }
        if (folded > 0)
        {
            shown.Add(new FoldedRows(folded));
        }
        return shown;
    }

    private static IReadOnlyList<DiffPiece> Pieces(DiffPlex.DiffBuilder.Model.DiffPiece line)
    {
        if (line.Type == ChangeType.Imaginary)
        {
            return [];
        }
        if (line.Type != ChangeType.Modified || line.SubPieces.Count == 0)
        {
            var whole = line.Type switch
            {
                ChangeType.Inserted => PieceChange.Inserted,
                ChangeType.Deleted => PieceChange.Deleted,
                _ => PieceChange.Same,
            };
            return string.IsNullOrEmpty(line.Text) ? [] : [new DiffPiece(line.Text, whole)];
        }
        // Join neighbouring words of the same kind, so "a b c" deleted is one <del>, not five.
        var pieces = new List<DiffPiece>();
        foreach (var sub in line.SubPieces.Where(p => p.Type != ChangeType.Imaginary && !string.IsNullOrEmpty(p.Text)))
        {
            var change = sub.Type switch
            {
                ChangeType.Inserted => PieceChange.Inserted,
                ChangeType.Deleted => PieceChange.Deleted,
                _ => PieceChange.Same,
            };
            if (pieces.Count > 0 && pieces[^1].Change == change)
            {
                pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + sub.Text };
            }
            else
            {
                pieces.Add(new DiffPiece(sub.Text!, change));
            }
        }
        return pieces;
    }
}
