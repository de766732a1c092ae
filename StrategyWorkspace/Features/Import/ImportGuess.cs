using System.Text.RegularExpressions;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Items;

namespace StrategyWorkspace.Features.Import;

/// <summary>
/// Guesses what each heading is from its words and numbering and from where it stands: «Стратегічна ціль 1», «Операційна
/// ціль 1.2», «Завдання 1.2.3» (and their English words) name their kind; a heading such as «1.3. Цілі» is a list whose
/// headings are goals; «Вступ», «SWOT», «Бачення» are the committee's sections; a top heading with items below it is a group;
/// a heading under an item is part of its text. Only a guess: the administrator sees each one and can change it.
/// </summary>
internal static partial class ImportGuess
{
    private static readonly string[] Cultures = ["uk", "en"];

    [GeneratedRegex(@"^(?:(?<strategic>стратегічн\w*\s+ці\w+|strategic\s+(?:goal|objective))|(?<operational>операційн\w*\s+ці\w+|operational\s+(?:goal|objective))|(?<goal>ціль|goal|objective)|(?<task>завдання|task)|(?<problem>проблема|problem)|(?<solution>рішення|шлях\s+вирішення|solution)|(?<project>про[єе]кт|захід|project|measure))(?:\s*(?:№\s*)?(?<number>\d+(?:\.\d+)*)\.?\s*[.:—–-]?|\s*[.:—–-]|$)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex KindPrefix();

    [GeneratedRegex(@"^(?<number>\d+(?:\.\d+)*)\.?\s+")]
    private static partial Regex LeadingNumber();

    /// <summary>The plural names of the group's kinds ("Цілі", "Проєкти та заходи") in both languages: a heading over a list.</summary>
    private static readonly Dictionary<string, ItemKind> ListHeadings = Cultures
        .SelectMany(culture => ItemKinds.GroupKinds.Select(kind => (DocumentStrings.Get($"Kind_{kind}_Plural", culture), kind)))
        .Concat([("Проблеми", ItemKind.Problem), ("Рішення", ItemKind.Solution), ("Проєкти", ItemKind.Project), ("Проекти", ItemKind.Project)])
        .GroupBy(p => p.Item1.ToUpperInvariant()).ToDictionary(g => g.Key, g => g.First().Item2);

    private static readonly (ImportRole Role, string[] Words)[] SectionWords =
    [
        (ImportRole.Strengths, ["сильні сторони", "strengths"]),
        (ImportRole.Weaknesses, ["слабкі сторони", "weaknesses"]),
        (ImportRole.Opportunities, ["можливості", "opportunities"]),
        (ImportRole.Threats, ["загрози", "threats"]),
        (ImportRole.Introduction, ["вступ", "передмова", "загальні положення", "introduction", "foreword"]),
        (ImportRole.Analysis, ["аналіз", "analysis"]),
        (ImportRole.Vision, ["бачення", "vision"]),
        (ImportRole.Implementation, ["впровадження", "моніторинг", "implementation", "monitoring"]),
    ];

    /// <summary>Headings whose whole part is left out: the contents, the export's own plan table (made again from the projects).</summary>
    private static readonly string[] LeftOutParts = Cultures.SelectMany(c => new[] { DocumentStrings.Get("Plan_Title", c), DocumentStrings.Get("Edition_Contents", c) })
        .Concat(["план реалізації", "plan of implementation", "implementation plan", "зміст", "contents"]).ToArray();

    /// <summary>The kind a heading's own words name, and the number they give it ("1.2.3"); none when they name none.</summary>
    public static (ImportRole? Role, string? Number) Named(string heading)
    {
        var text = heading.Trim();
        string? number = null;
        if (LeadingNumber().Match(text) is { Success: true } numbered)
        {
            number = numbered.Groups["number"].Value;
            text = text[numbered.Length..];
        }
        if (KindPrefix().Match(text) is not { Success: true } prefix)
        {
            return (null, number);
        }
        number ??= prefix.Groups["number"].Success ? prefix.Groups["number"].Value : null;
        ImportRole role = prefix.Groups["strategic"].Success ? ImportRole.StrategicGoal
            : prefix.Groups["operational"].Success ? ImportRole.OperationalGoal
            : prefix.Groups["goal"].Success ? ImportRole.StrategicGoal
            : prefix.Groups["task"].Success ? ImportRole.Task
            : prefix.Groups["problem"].Success ? ImportRole.Problem
            : prefix.Groups["solution"].Success ? ImportRole.Solution
            : ImportRole.Project;
        return (role, number);
    }

    /// <summary>The heading's title without its number and kind words: «Завдання 1.2.3. Розмінування» is «Розмінування».</summary>
    public static string Title(string heading)
    {
        var text = heading.Trim();
        if (LeadingNumber().Match(text) is { Success: true } numbered)
        {
            text = text[numbered.Length..];
        }
        if (KindPrefix().Match(text) is { Success: true } prefix && prefix.Length < text.Length && !IsListHeading(text))
        {
            text = text[prefix.Length..];
        }
        return text.Trim().Length > 0 ? text.Trim() : heading.Trim();
    }

    /// <summary>The number the heading gives itself ("1.3.2"), by which an export's link lines name it.</summary>
    public static string? Number(string heading) => Named(heading).Number;

    private static bool IsListHeading(string text) => ListHeadings.ContainsKey(LeadingNumber().Replace(text.Trim(), "").TrimEnd('.', ':').ToUpperInvariant());

    private static ItemKind? ListKind(string heading) =>
        ListHeadings.TryGetValue(LeadingNumber().Replace(heading.Trim(), "").TrimEnd('.', ':').ToUpperInvariant(), out var kind) ? kind : null;

    private static ImportRole? SectionByTitle(string heading)
    {
        var words = LeadingNumber().Replace(heading.Trim(), "");
        return ItemKinds.SectionKinds.Where(kind => Cultures.Any(c => string.Equals(DocumentStrings.SectionTitle(kind, c), words, StringComparison.OrdinalIgnoreCase)))
            .Select(kind => (ImportRole?)ImportRoles.ForKind(kind)).FirstOrDefault();
    }

    private static ImportRole? SectionByWords(string heading)
    {
        var words = LeadingNumber().Replace(heading.Trim(), "").ToLowerInvariant();
        return SectionWords.Where(s => s.Words.Any(w => words.Contains(w, StringComparison.Ordinal))).Select(s => (ImportRole?)s.Role).FirstOrDefault();
    }

    public static IReadOnlyList<ImportRole> Guess(IReadOnlyList<ImportedHeading> headings)
    {
        var roles = new ImportRole[headings.Count];
        var listKinds = new ItemKind?[headings.Count];
        var leftOut = new bool[headings.Count];
        var stack = new Stack<int>();
        for (var i = 0; i < headings.Count; i++)
        {
            var heading = headings[i];
            while (stack.Count > 0 && headings[stack.Peek()].Level >= heading.Level)
            {
                stack.Pop();
            }
            var ancestors = stack.ToList(); // nearest first
            roles[i] = GuessOne(headings, i, ancestors, roles, listKinds, leftOut);
            stack.Push(i);
        }
        return roles;
    }

    private static ImportRole GuessOne(IReadOnlyList<ImportedHeading> headings, int i, List<int> ancestors, ImportRole[] roles, ItemKind?[] listKinds, bool[] leftOut)
    {
        var heading = headings[i];
        var lowered = LeadingNumber().Replace(heading.Text.Trim(), "").ToLowerInvariant();
        if (ancestors.Any(a => leftOut[a]) || LeftOutParts.Any(p => lowered.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
        {
            leftOut[i] = true;
            return ImportRole.Skip;
        }
        var underItem = ancestors.Any(a => roles[a].HoldsText());
        var underGroup = ancestors.Any(a => roles[a] == ImportRole.Group);
        if (ListKind(heading.Text) is { } listKind && !underItem)
        {
            listKinds[i] = listKind;
            return ImportRole.Skip;
        }
        var (named, _) = Named(heading.Text);
        var strategicAbove = ancestors.Any(a => roles[a] == ImportRole.StrategicGoal);
        if (named is { } role)
        {
            return role == ImportRole.StrategicGoal && (heading.SaysOperational || strategicAbove && !lowered.StartsWith("стратегічн", StringComparison.Ordinal))
                ? ImportRole.OperationalGoal
                : role;
        }
        if (ancestors.Count > 0 && listKinds[ancestors[0]] is { } kind)
        {
            return ImportRoles.ForKind(kind, heading.SaysOperational);
        }
        if (underItem)
        {
            return ImportRole.Text;
        }
        if (lowered.Contains("swot", StringComparison.Ordinal))
        {
            return ImportRole.Skip;
        }
        if (underGroup)
        {
            return ImportRole.Skip;
        }
        // A section's own title first; then a heading with items below is a group, whatever words its name has
        // («Моніторинг довкілля» may be a group's); then a section by its words.
        if (HasItemsBelow(headings, i) && SectionByTitle(heading.Text) is null)
        {
            return ImportRole.Group;
        }
        // A section heading with no text at all (the export's vision heading of an edition without one) makes no section.
        var empty = heading.Body.Length == 0 && (i + 1 == headings.Count || headings[i + 1].Level <= heading.Level);
        return empty ? ImportRole.Skip : SectionByTitle(heading.Text) ?? SectionByWords(heading.Text) ?? ImportRole.Skip;
    }

    /// <summary>Whether a heading below this one (before the next of its level) names an item or a list of items.</summary>
    private static bool HasItemsBelow(IReadOnlyList<ImportedHeading> headings, int i)
    {
        for (var j = i + 1; j < headings.Count && headings[j].Level > headings[i].Level; j++)
        {
            if (Named(headings[j].Text).Role is not null || ListKind(headings[j].Text) is not null)
            {
                return true;
            }
        }
        return false;
    }
}
