namespace StrategyWorkspace.Domain;

/// <summary>How a quoted passage stands in a later version of its text.</summary>
public enum PassageStanding
{
    /// <summary>Still there, word for word, where it was.</summary>
    Same,

    /// <summary>Still there word for word, but among other text: both what came before it and what came after it changed.</summary>
    Moved,

    /// <summary>Changed inside, but still the same passage: at least <see cref="PassageAnchor.SamePassageAt"/> of its words kept.</summary>
    Edited,

    /// <summary>Nothing in the text is the passage any more.</summary>
    Gone,
}

/// <summary>Where a passage stands in a text: the words it is there now (for <see cref="PassageStanding.Gone"/>, none).</summary>
/// <param name="Similarity">The share of words the passage there shares with the one quoted, from 0 to 1 (Dice over the longest common subsequence of words).</param>
public sealed record PassagePlace(PassageStanding Standing, string Text, int Start, double Similarity)
{
    public bool IsFound => Standing != PassageStanding.Gone;

    public static PassagePlace Gone { get; } = new(PassageStanding.Gone, "", -1, 0);
}

/// <summary>
/// Finding a reviewer's passage again in a later version, so a comment (or a suggestion) follows its sentence when the
/// sentence only moved or gained a word, and is outdated only when the passage is truly gone. The rule:
/// <list type="number">
/// <item>the passage word for word is the same passage; where it occurs more than once, the occurrence whose neighbours
/// (the text just before and just after) are the old ones, else the one nearest its old place in the text;</item>
/// <item>else the stretch of the new text whose words are most like the passage's, if at least 80% alike: twice the
/// longest common subsequence of words over both lengths, words compared without case ("Dice" similarity, as difflib's
/// ratio computes it on characters);</item>
/// <item>else it is gone. A passage of one or two words is found only word for word: one changed word is half of it.</item>
/// </list>
/// A sentence found alike that only gained words at its end is then taken whole, to its closing mark, as it now reads.
/// Followed through every version from the one it was written on, so a passage edited a little in each of several versions
/// is followed step by step, as a reader would.
/// </summary>
public static class PassageAnchor
{
    /// <summary>The share of words two passages must share to be the same passage.</summary>
    public const double SamePassageAt = 0.8;

    /// <summary>How much text either side of a passage tells whether it moved.</summary>
    private const int Neighbourhood = 24;

    /// <summary>The longest passage a comment or a suggestion may quote.</summary>
    public const int MaxPassageLength = 2_000;

    /// <summary>
    /// A passage a reviewer quotes from a version, as kept (line ends made one, trimmed): refused on the field "Passage" with
    /// <paramref name="requiredKey"/> when empty and <paramref name="notInTextKey"/> when the version's text does not hold it.
    /// </summary>
    public static string Quoted(string versionBody, string? passage, string requiredKey, string notInTextKey)
    {
        if (string.IsNullOrWhiteSpace(passage))
        {
            throw new InvalidInputException("Passage", requiredKey);
        }
        InvalidInputException.ThrowIfTooLong("Passage", passage, MaxPassageLength);
        var quoted = Item.NormalizeNewLines(passage).Trim();
        return versionBody.Contains(quoted, StringComparison.Ordinal) ? quoted : throw new InvalidInputException("Passage", notInTextKey);
    }

    /// <summary>The passage quoted on <paramref name="bodies"/>[0] followed through each later body in turn, to the last.</summary>
    public static PassagePlace Follow(string passage, IReadOnlyList<string> bodies)
    {
        ArgumentOutOfRangeException.ThrowIfZero(bodies.Count);
        var start = bodies[0].IndexOf(passage, StringComparison.Ordinal);
        var place = new PassagePlace(PassageStanding.Same, passage, Math.Max(start, 0), 1);
        var moved = false;
        var text = passage;
        for (var i = 1; i < bodies.Count && place.IsFound; i++)
        {
            place = Find(text, place.Start, bodies[i - 1], bodies[i]);
            moved |= place.Standing == PassageStanding.Moved;
            text = place.Text;
        }
        if (!place.IsFound)
        {
            return place;
        }
        if (place.Text == passage)
        {
            return place with { Standing = moved ? PassageStanding.Moved : PassageStanding.Same, Similarity = 1 };
        }
        return place with { Standing = PassageStanding.Edited, Similarity = Similarity(Words(passage), Words(place.Text)) };
    }

    /// <summary>The passage that stood at <paramref name="oldStart"/> in <paramref name="oldBody"/>, found in <paramref name="newBody"/>.</summary>
    public static PassagePlace Find(string passage, int oldStart, string oldBody, string newBody)
    {
        if (passage.Length == 0)
        {
            return PassagePlace.Gone;
        }
        var before = Before(oldBody, oldStart);
        var after = After(oldBody, oldStart + passage.Length);
        var exact = Occurrences(newBody, passage).ToList();
        if (exact.Count > 0)
        {
            var oldShare = oldBody.Length == 0 ? 0 : (double)oldStart / oldBody.Length;
            var best = exact
                .OrderByDescending(at => (Before(newBody, at) == before ? 1 : 0) + (After(newBody, at + passage.Length) == after ? 1 : 0))
                .ThenBy(at => Math.Abs((double)at / newBody.Length - oldShare))
                .First();
            var (newBefore, newAfter) = (Before(newBody, best), After(newBody, best + passage.Length));
            var stayed = (before.Length == 0 ? newBefore.Length == 0 : newBefore.EndsWith(Tail(before), StringComparison.Ordinal))
                || (after.Length == 0 ? newAfter.Length == 0 : newAfter.StartsWith(Head(after), StringComparison.Ordinal));
            return new PassagePlace(stayed ? PassageStanding.Same : PassageStanding.Moved, passage, best, 1);
        }
        return MostAlike(passage, newBody);
    }

    /// <summary>The stretch of words most like the passage's, if alike enough to be it.</summary>
    private static PassagePlace MostAlike(string passage, string body)
    {
        var quoted = Words(passage);
        if (quoted.Count < 3)
        {
            return PassagePlace.Gone;
        }
        var words = Words(body);
        // A stretch alike enough is at most half as long again as the passage (2k / (k + L) ≥ 0.8), and begins with one of
        // its first third of words: one that begins later has lost too many of them to be alike.
        var longest = (int)Math.Floor(quoted.Count * (2 / SamePassageAt - 1)) + 1;
        var openings = quoted.Take(quoted.Count / 3 + 1).Select(w => w.Folded).ToHashSet();
        var table = new int[quoted.Count + 1, longest + 1];
        var best = (Score: 0.0, From: -1, To: -1);
        for (var from = 0; from < words.Count; from++)
        {
            if (!openings.Contains(words[from].Folded))
            {
                continue;
            }
            // One table of common subsequences gives every stretch that begins here, up to the longest that could still be alike.
            var to = Math.Min(words.Count, from + longest);
            for (var q = 1; q <= quoted.Count; q++)
            {
                for (var w = 1; w <= to - from; w++)
                {
                    table[q, w] = quoted[q - 1].Folded == words[from + w - 1].Folded
                        ? table[q - 1, w - 1] + 1
                        : Math.Max(table[q - 1, w], table[q, w - 1]);
                }
            }
            for (var w = 1; w <= to - from; w++)
            {
                var score = 2.0 * table[quoted.Count, w] / (quoted.Count + w);
                if (score > best.Score)
                {
                    best = (score, from, from + w - 1);
                }
            }
        }
        if (best.Score < SamePassageAt)
        {
            return PassagePlace.Gone;
        }
        // The passage's own punctuation at its ends ("… області." or «…»), where the new text has it too.
        var lead = passage.Length - passage.TrimStart(Punctuation).Length;
        var trail = passage.Length - passage.TrimEnd(Punctuation).Length;
        var closing = passage[(passage.Length - trail)..].Trim();
        // The characters between the word at this index and the next word (or the text's end).
        ReadOnlySpan<char> GapAfter(int index) =>
            body.AsSpan(words[index].End, (index + 1 < words.Count ? words[index + 1].Start : body.Length) - words[index].End);
        // Where the passage's closing mark follows the word at this index, within a few characters.
        int? ClosedAfter(int index) =>
            closing.Length > 0 && GapAfter(index).IndexOf(closing, StringComparison.Ordinal) is var at and >= 0 and <= 3
                ? words[index].End + at + closing.Length
                : null;
        bool EndsSentence(int index) => GapAfter(index).IndexOfAny(".!?\n") >= 0;
        if (closing.Length > 0 && ClosedAfter(best.To) is null && !EndsSentence(best.To))
        {
            // A sentence that gained words at its end: the most alike stretch stops before them. The passage is the whole
            // sentence as it now reads, up to its own closing mark, if that comes before the sentence ends otherwise.
            for (var to = best.To + 1; to < words.Count && to - best.To <= quoted.Count; to++)
            {
                if (ClosedAfter(to) is not null)
                {
                    best = (Similarity(quoted, words.GetRange(best.From, to - best.From + 1)), best.From, to);
                    break;
                }
                if (EndsSentence(to))
                {
                    break;
                }
            }
        }
        bool StartsSentence(int index) => index == 0 || EndsSentence(index - 1);
        if (char.IsUpper(passage.TrimStart(Punctuation).FirstOrDefault()) && !StartsSentence(best.From))
        {
            // A sentence that gained words at its start («Малі підприємства…» for «Підприємства…»): the most alike stretch
            // begins after them. The passage is the whole sentence as it now begins.
            for (var from = best.From - 1; from >= 0 && best.From - from <= quoted.Count; from--)
            {
                if (StartsSentence(from))
                {
                    best = (Similarity(quoted, words.GetRange(from, best.To - from + 1)), from, best.To);
                    break;
                }
            }
        }
        var start = words[best.From].Start;
        var end = ClosedAfter(best.To) ?? words[best.To].End;
        if (lead > 0 && start >= lead && string.CompareOrdinal(body, start - lead, passage, 0, lead) == 0)
        {
            start -= lead;
        }
        return new PassagePlace(PassageStanding.Edited, body[start..end], start, best.Score);
    }

    private static readonly char[] Punctuation = ['.', ',', ';', ':', '!', '?', '«', '»', '"', '(', ')', '—', '–', '-', '…', ' ', '*', '_'];

    private static double Similarity(IReadOnlyList<Word> first, IReadOnlyList<Word> second) =>
        first.Count + second.Count == 0 ? 1 : 2.0 * CommonWords(first, second) / (first.Count + second.Count);

    /// <summary>The longest common subsequence of the two runs of words, case aside.</summary>
    private static int CommonWords(IReadOnlyList<Word> first, IReadOnlyList<Word> second)
    {
        var table = new int[first.Count + 1, second.Count + 1];
        for (var a = 1; a <= first.Count; a++)
        {
            for (var b = 1; b <= second.Count; b++)
            {
                table[a, b] = first[a - 1].Folded == second[b - 1].Folded ? table[a - 1, b - 1] + 1 : Math.Max(table[a - 1, b], table[a, b - 1]);
            }
        }
        return table[first.Count, second.Count];
    }

    private static IEnumerable<int> Occurrences(string body, string passage)
    {
        for (var at = body.IndexOf(passage, StringComparison.Ordinal); at >= 0; at = body.IndexOf(passage, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }

    private static string Before(string body, int at) => body[Math.Max(0, at - Neighbourhood)..Math.Clamp(at, 0, body.Length)];

    private static string After(string body, int at) => at >= body.Length ? "" : body[at..Math.Min(body.Length, at + Neighbourhood)];

    /// <summary>The few characters right next to the passage: a word added further away does not move it.</summary>
    private static string Tail(string before) => before[Math.Max(0, before.Length - 8)..];

    private static string Head(string after) => after[..Math.Min(after.Length, 8)];

    private readonly record struct Word(string Folded, int Start, int End);

    /// <summary>The words of a text (letters, digits and the apostrophes inside Ukrainian words), folded to lower case, with where each stands.</summary>
    private static List<Word> Words(string text)
    {
        var words = new List<Word>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '’' or 'ʼ' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }
            words.Add(new Word(text[start..i].ToLowerInvariant(), start, i));
        }
        return words;
    }
}
