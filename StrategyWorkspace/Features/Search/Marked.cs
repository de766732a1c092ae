namespace StrategyWorkspace.Features.Search;

/// <summary>
/// A piece of text with the words a search matched marked, as parts to show plain or highlighted: the page escapes every
/// part, so a comment's HTML or Markdown is shown as the text it is.
/// </summary>
public sealed record Marked(IReadOnlyList<(string Text, bool Match)> Parts)
{
    public string Plain => string.Concat(Parts.Select(p => p.Text));

    /// <summary>Marks in <paramref name="text"/> the words that start with one of <paramref name="terms"/>, case aside.</summary>
    public static Marked Words(string text, IReadOnlyList<string> terms)
    {
        var parts = new List<(string, bool)>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var end = i;
            while (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                end++;
            }
            var word = text[i..end];
            if (terms.Any(t => word.StartsWith(t, StringComparison.OrdinalIgnoreCase)))
            {
                if (i > start)
                {
                    parts.Add((text[start..i], false));
                }
                parts.Add((word, true));
                start = end;
            }
            i = end;
        }
        if (start < text.Length)
        {
            parts.Add((text[start..], false));
        }
        return new Marked(parts);
    }

    /// <summary>
    /// About <paramref name="length"/> characters of <paramref name="text"/> around its first matched word, cut at spaces, with
    /// "…" where it is cut; the text's start when no word matches (a title did).
    /// </summary>
    public static Marked Snippet(string text, IReadOnlyList<string> terms, int length = 220)
    {
        var flat = string.Join(" ", text.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        var first = FirstMatch(flat, terms);
        var from = Math.Max(0, first - length / 3);
        if (from > 0 && flat.IndexOf(' ', from) is var space and >= 0 && space < first)
        {
            from = space + 1;
        }
        var to = Math.Min(flat.Length, from + length);
        if (to < flat.Length && flat.LastIndexOf(' ', to) is var last && last > first)
        {
            to = last;
        }
        return Words((from > 0 ? "…" : "") + flat[from..to] + (to < flat.Length ? "…" : ""), terms);
    }

    private static int FirstMatch(string text, IReadOnlyList<string> terms)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if ((i == 0 || !char.IsLetterOrDigit(text[i - 1])) && terms.Any(t => string.Compare(text, i, t, 0, t.Length, StringComparison.OrdinalIgnoreCase) == 0))
            {
                return i;
            }
        }
        return 0;
    }
}
