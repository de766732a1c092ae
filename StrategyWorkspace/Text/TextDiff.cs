using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;

namespace StrategyWorkspace.Text;

public enum PieceChange
{
    Same,
    Inserted,
    Deleted,
}

/// <summary>A run of words in a line, marked as kept, inserted or deleted.</summary>
public sealed record DiffPiece(string Text, PieceChange Change);

internal enum RowChange
{
    Unchanged,
    Changed,
    Added,
    Removed,
}

/// <summary>One line of the comparison: the old and the new line side by side (either may be absent).</summary>
internal sealed record DiffRow(
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
internal sealed record FoldedRows(int Count);

/// <summary>
/// The comparison of two texts: line by line first (DiffPlex), then word by word only inside the
/// lines that changed, so a large text stays fast.
/// </summary>
internal sealed record TextDiff(IReadOnlyList<DiffRow> Rows)
{
    public bool HasChanges => Rows.Any(r => r.Change != RowChange.Unchanged);

    public int Added => Rows.Count(r => r.Change is RowChange.Added or RowChange.Changed);

    public int Removed => Rows.Count(r => r.Change is RowChange.Removed or RowChange.Changed);

    public static TextDiff Between(string oldText, string newText)
    {
        var lines = Differ.Instance.CreateDiffs(oldText ?? "", newText ?? "", ignoreWhiteSpace: false, ignoreCase: false, LineChunker.Instance);
        var rows = new List<DiffRow>(lines.PiecesNew.Count);
        int a = 0, b = 0;
        void Unchanged(int untilOld)
        {
            for (; a < untilOld; a++, b++)
            {
                var text = lines.PiecesOld[a];
                IReadOnlyList<DiffPiece> same = text.Length == 0 ? [] : [new DiffPiece(text, PieceChange.Same)];
                rows.Add(new DiffRow(RowChange.Unchanged, a + 1, same, b + 1, same));
            }
        }
        foreach (var block in lines.DiffBlocks)
        {
            Unchanged(block.DeleteStartA);
            // Deleted and inserted lines side by side: pairs are edited lines (diffed word by word), the rest whole.
            for (var k = 0; k < Math.Max(block.DeleteCountA, block.InsertCountB); k++)
            {
                var (hasOld, hasNew) = (k < block.DeleteCountA, k < block.InsertCountB);
                var oldLine = hasOld ? lines.PiecesOld[a] : null;
                var newLine = hasNew ? lines.PiecesNew[b] : null;
                rows.Add((oldLine, newLine) switch
                {
                    ({ } old, { } @new) => Edited(old, @new, a + 1, b + 1),
                    ({ } old, null) => new DiffRow(RowChange.Removed, a + 1, Whole(old, PieceChange.Deleted), null, []),
                    _ => new DiffRow(RowChange.Added, null, [], b + 1, Whole(newLine!, PieceChange.Inserted)),
                });
                a += hasOld ? 1 : 0;
                b += hasNew ? 1 : 0;
            }
        }
        Unchanged(lines.PiecesOld.Count);
        // A final newline leaves an empty last line; it is not a line a reader sees.
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

    private static IReadOnlyList<DiffPiece> Whole(string line, PieceChange change) =>
        line.Length == 0 ? [] : [new DiffPiece(line, change)];

    /// <summary>
    /// An edited line word by word. The words both lines start and end with are set aside first, as
    /// git and diff-match-patch do: an edit touches a few words of a line, and diffing only those
    /// made a text with every line edited faster than git (docs/benchmarks.md).
    /// </summary>
    private static DiffRow Edited(string oldLine, string newLine, int oldNumber, int newNumber)
    {
        var oldWords = WordChunker.Instance.Chunk(oldLine);
        var newWords = WordChunker.Instance.Chunk(newLine);
        var prefix = 0;
        while (prefix < oldWords.Count && prefix < newWords.Count && oldWords[prefix] == newWords[prefix])
        {
            prefix++;
        }
        var suffix = 0;
        while (suffix < oldWords.Count - prefix && suffix < newWords.Count - prefix
            && oldWords[oldWords.Count - 1 - suffix] == newWords[newWords.Count - 1 - suffix])
        {
            suffix++;
        }
        // Words are split at delimiters, so the middle re-splits into the same words.
        var words = Differ.Instance.CreateDiffs(
            Join(oldWords, prefix, oldWords.Count - suffix), Join(newWords, prefix, newWords.Count - suffix),
            ignoreWhiteSpace: false, ignoreCase: false, WordChunker.Instance);
        var oldPieces = new PieceRuns();
        var newPieces = new PieceRuns();
        oldPieces.Add(Join(oldWords, 0, prefix), PieceChange.Same);
        newPieces.Add(Join(newWords, 0, prefix), PieceChange.Same);
        var deleted = new bool[words.PiecesOld.Count];
        var inserted = new bool[words.PiecesNew.Count];
        foreach (var block in words.DiffBlocks)
        {
            Array.Fill(deleted, true, block.DeleteStartA, block.DeleteCountA);
            Array.Fill(inserted, true, block.InsertStartB, block.InsertCountB);
        }
        for (var i = 0; i < words.PiecesOld.Count; i++)
        {
            oldPieces.Add(words.PiecesOld[i], deleted[i] ? PieceChange.Deleted : PieceChange.Same);
        }
        for (var i = 0; i < words.PiecesNew.Count; i++)
        {
            newPieces.Add(words.PiecesNew[i], inserted[i] ? PieceChange.Inserted : PieceChange.Same);
        }
        oldPieces.Add(Join(oldWords, oldWords.Count - suffix, oldWords.Count), PieceChange.Same);
        newPieces.Add(Join(newWords, newWords.Count - suffix, newWords.Count), PieceChange.Same);
        return new DiffRow(RowChange.Changed, oldNumber, oldPieces.ToList(), newNumber, newPieces.ToList());
    }

    private static string Join(IReadOnlyList<string> words, int from, int to)
    {
        var text = new StringBuilder();
        for (var i = from; i < to; i++)
        {
            text.Append(words[i]);
        }
        return text.ToString();
    }

    /// <summary>Joins neighbouring words of the same kind, so "a b c" deleted is one &lt;del&gt;, not five.</summary>
    private sealed class PieceRuns
    {
        private readonly List<DiffPiece> pieces = [];
        private readonly StringBuilder run = new();
        private PieceChange runChange;

        public void Add(string text, PieceChange change)
        {
            if (text.Length == 0)
            {
                return;
            }
            if (run.Length > 0 && change != runChange)
            {
                Flush();
            }
            runChange = change;
            run.Append(text);
        }

        public IReadOnlyList<DiffPiece> ToList()
        {
            Flush();
            return pieces;
        }

        private void Flush()
        {
            if (run.Length > 0)
            {
                pieces.Add(new DiffPiece(run.ToString(), runChange));
                run.Clear();
            }
        }
    }
}
