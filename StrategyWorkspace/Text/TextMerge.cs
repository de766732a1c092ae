using DiffPlex;
using DiffPlex.Chunkers;
using DiffPlex.Model;

namespace StrategyWorkspace.Text;

/// <summary>Both sides of one place where two people changed the same lines differently.</summary>
public sealed record MergeConflict(string Base, string Theirs, string Mine);

/// <summary>A run of merged text, or a conflict to resolve.</summary>
public sealed record MergeSegment(string? Text, MergeConflict? Conflict)
{
    public bool IsConflict => Conflict is not null;
}

/// <summary>A three-way merge of one text: the agreed runs and the conflicts in document order.</summary>
public sealed record TextMergeResult(IReadOnlyList<MergeSegment> Segments)
{
    public bool IsClean => Segments.All(s => !s.IsConflict);

    public int ConflictCount => Segments.Count(s => s.IsConflict);

    /// <summary>The merged text, with one chosen or edited text per conflict, in order.</summary>
    public string Compose(IReadOnlyList<string> resolutions)
    {
        if (resolutions.Count != ConflictCount)
        {
            throw new ArgumentException($"Expected {ConflictCount} resolutions, got {resolutions.Count}.", nameof(resolutions));
        }
        var next = 0;
        return string.Join("\n", Segments.Select(s => s.IsConflict ? resolutions[next++] : s.Text));
    }

    /// <summary>The merged text of a clean merge.</summary>
    public string Text => IsClean ? Compose([]) : throw new InvalidOperationException("The merge has conflicts.");

    /// <summary>A record prints its properties; <see cref="Text"/> throws on a conflict, so a log line must not ask it.</summary>
    public override string ToString() => IsClean ? Text : $"{ConflictCount} conflict(s)";
}

/// <summary>
/// Line-based three-way merge of base, theirs (the newer saved version) and mine (what this
/// person typed) with DiffPlex's <see cref="ThreeWayDiffer"/>.
/// </summary>
internal static class TextMerge
{
    public static TextMergeResult Merge(string baseText, string theirs, string mine)
    {
        var diff = ThreeWayDiffer.Instance.CreateDiffs(baseText, theirs, mine, ignoreWhiteSpace: false, ignoreCase: false, LineChunker.Instance);
        var segments = new List<MergeSegment>();
        var common = new List<string>();

        void FlushCommon()
        {
            if (common.Count > 0)
            {
                segments.Add(new MergeSegment(string.Join("\n", common), null));
                common.Clear();
            }
        }

        foreach (var block in diff.DiffBlocks)
        {
            switch (block.ChangeType)
            {
                case ThreeWayChangeType.Unchanged:
                case ThreeWayChangeType.OldOnly:
                    common.AddRange(Lines(diff.PiecesOld, block.OldStart, block.OldCount));
                    break;
                case ThreeWayChangeType.NewOnly:
                case ThreeWayChangeType.BothSame:
                    common.AddRange(Lines(diff.PiecesNew, block.NewStart, block.NewCount));
                    break;
                default:
                    FlushCommon();
                    segments.Add(new MergeSegment(null, new MergeConflict(
                        string.Join("\n", Lines(diff.PiecesBase, block.BaseStart, block.BaseCount)),
                        string.Join("\n", Lines(diff.PiecesOld, block.OldStart, block.OldCount)),
                        string.Join("\n", Lines(diff.PiecesNew, block.NewStart, block.NewCount)))));
                    break;
            }
        }
        FlushCommon();
        return new TextMergeResult(segments);
    }

    /// <summary>
    /// A one-line field such as a title: whoever changed it wins; if both changed it
    /// differently, a single conflict.
    /// </summary>
    public static TextMergeResult MergeLine(string baseText, string theirs, string mine)
    {
        if (theirs == mine || mine == baseText)
        {
            return new TextMergeResult([new MergeSegment(theirs, null)]);
        }
        if (theirs == baseText)
        {
            return new TextMergeResult([new MergeSegment(mine, null)]);
        }
        return new TextMergeResult([new MergeSegment(null, new MergeConflict(baseText, theirs, mine))]);
    }

    private static IEnumerable<string> Lines(IReadOnlyList<string> pieces, int start, int count) =>
        pieces.Skip(start).Take(count);
}
