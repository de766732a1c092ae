using StrategyWorkspace.Domain;

namespace StrategyWorkspace.Features.Import;

/// <summary>
/// What an import will create from a document and the role of each heading: the committee's sections, the groups with
/// their items (text gathered from the headings marked as text below each), the links the nesting and the export's link
/// lines give, and what stops it (a project under no task, two headings as one section, a text too long). Built the same
/// way for the preview and, again on the newest data, for the confirmation.
/// </summary>
public sealed record ImportPlan(
    IReadOnlyList<PlannedItem> Sections,
    IReadOnlyList<PlannedGroup> Groups,
    IReadOnlyList<PlannedLink> Links,
    IReadOnlyList<ImportProblem> Problems,
    IReadOnlyList<PlannedItem> SectionsKept)
{
    public int ItemCount => Groups.Sum(g => g.Items.Count);

    public int Count(ItemKind kind) => Groups.Sum(g => g.Items.Count(i => i.Kind == kind));

    public bool CanImport => Problems.Count == 0 && (Sections.Count > 0 || ItemCount > 0);

    /// <param name="existingGroups">The workspace's groups by <see cref="WorkingGroup.Normalize"/>d name: items go into a group of the same name.</param>
    /// <param name="existingSections">The committee's sections the workspace already has: kept as they are, never overwritten.</param>
    public static ImportPlan Build(ImportedDocument document, IReadOnlyList<ImportRole> roles, IReadOnlyDictionary<string, int> existingGroups,
        IReadOnlySet<ItemKind> existingSections)
    {
        var headings = document.Headings;
        var ancestors = Ancestors(headings);
        var problems = new List<ImportProblem>();

        // The text of each item or section: its own, then each heading marked as text below it, as a subheading.
        var bodies = new Dictionary<int, List<string>>();
        for (var i = 0; i < headings.Count; i++)
        {
            if (roles[i].HoldsText())
            {
                bodies[i] = headings[i].Body.Length > 0 ? [headings[i].Body] : [];
            }
            else if (roles[i] == ImportRole.Text && TextOwner(headings, roles, i) is { } owner)
            {
                bodies[owner].Add(("### " + headings[i].Text + "\n\n" + headings[i].Body).Trim());
            }
        }

        PlannedItem Planned(int i)
        {
            var body = string.Join("\n\n", bodies[i]);
            if (body.Length > Item.MaxBodyLength)
            {
                problems.Add(new ImportProblem(i, "Import_BodyTooLong"));
            }
            var title = ImportGuess.Title(headings[i].Text);
            if (title.Length > Item.MaxTitleLength)
            {
                title = title[..(Item.MaxTitleLength - 1)] + "…";
            }
            return new PlannedItem(i, roles[i], roles[i].Kind()!.Value, title, body, ImportGuess.Number(headings[i].Text));
        }

        var sections = new List<PlannedItem>();
        var kept = new List<PlannedItem>();
        var groups = new List<(string Key, string Name, int Heading, List<PlannedItem> Items)>();
        for (var i = 0; i < headings.Count; i++)
        {
            if (roles[i].IsSection())
            {
                var section = Planned(i);
                if (sections.Any(s => s.Kind == section.Kind))
                {
                    problems.Add(new ImportProblem(i, "Import_SectionTwice"));
                }
                (existingSections.Contains(section.Kind) ? kept : sections).Add(section);
            }
            else if (roles[i].IsGroupItem())
            {
                // Its group: the heading marked as a group above it; else the outermost heading above it, or itself
                // (a document of strategic goals without groups gives a group per strategic goal).
                var groupHeading = ancestors[i].FirstOrDefault(a => roles[a] == ImportRole.Group, -1) is var marked and >= 0 ? marked
                    : ancestors[i].Count > 0 ? ancestors[i][^1] : i;
                var name = ImportGuess.Title(headings[groupHeading].Text);
                name = name.Length > WorkingGroup.MaxNameLength ? name[..WorkingGroup.MaxNameLength] : name;
                var key = WorkingGroup.Normalize(name);
                var group = groups.FirstOrDefault(g => g.Key == key);
                if (group.Items is null)
                {
                    group = (key, name, groupHeading, []);
                    groups.Add(group);
                }
                group.Items.Add(Planned(i));
            }
        }

        var links = FindLinks(headings, roles, ancestors, groups.SelectMany(g => g.Items).ToList());
        foreach (var project in groups.SelectMany(g => g.Items).Where(i => i.Kind.NeedsLink() && !links.Any(l => l.From == i.Heading)))
        {
            problems.Add(new ImportProblem(project.Heading, "Import_ProjectWithoutTask"));
        }
        if (sections.Count == 0 && groups.Count == 0)
        {
            problems.Add(new ImportProblem(-1, kept.Count > 0 ? "Import_OnlyKeptSections" : "Import_NothingToImport"));
        }
        return new ImportPlan(sections,
            groups.Select(g => new PlannedGroup(g.Name, existingGroups.TryGetValue(g.Key, out var id) ? id : null, g.Heading, GroupNumber(headings[g.Heading].Text), g.Items))
                .ToList(),
            links, problems, kept);
    }

    /// <summary>
    /// A link where an item stands under the kind it links to (a task under its goal), and where the export's lines name it
    /// by number; an operational goal serves the strategic goal above it, or the one its line names.
    /// </summary>
    private static List<PlannedLink> FindLinks(IReadOnlyList<ImportedHeading> headings, IReadOnlyList<ImportRole> roles, List<List<int>> ancestors,
        List<PlannedItem> items)
    {
        var byHeading = items.ToDictionary(i => i.Heading);
        var byNumber = items.Where(i => i.Number is not null).GroupBy(i => i.Number!).ToDictionary(g => g.Key, g => g.First());
        var links = new List<PlannedLink>();
        void Add(PlannedItem from, PlannedItem to, bool serves)
        {
            if (!links.Any(l => l.From == from.Heading && l.To == to.Heading))
            {
                links.Add(new PlannedLink(from.Heading, to.Heading, serves));
            }
        }
        foreach (var item in items)
        {
            var wanted = item.Kind.LinksTo();
            var strategicAbove = ancestors[item.Heading].Where(a => roles[a] == ImportRole.StrategicGoal).Select(a => byHeading.GetValueOrDefault(a)).FirstOrDefault();
            if (item.Role == ImportRole.OperationalGoal && strategicAbove is not null)
            {
                Add(item, strategicAbove, serves: true);
            }
            if (wanted is { } kind && ancestors[item.Heading].Select(a => byHeading.GetValueOrDefault(a)).FirstOrDefault(a => a?.Kind == kind) is { } parent)
            {
                Add(item, parent, serves: false);
            }
            foreach (var number in headings[item.Heading].LinkedNumbers)
            {
                if (!byNumber.TryGetValue(number, out var other) || other == item)
                {
                    continue;
                }
                if (item.Role == ImportRole.OperationalGoal && other.Role == ImportRole.StrategicGoal)
                {
                    Add(item, other, serves: true);
                }
                else if (wanted == other.Kind)
                {
                    Add(item, other, serves: false);
                }
                else if (other.Kind.LinksTo() == item.Kind)
                {
                    Add(other, item, serves: false);
                }
            }
        }
        // An operational goal serves one strategic goal: the first found.
        return links.Where(l => !l.Serves || links.First(s => s.Serves && s.From == l.From) == l).ToList();
    }

    /// <summary>The number a group's heading starts with ("3. Децентралізація…"), if it is a plain one.</summary>
    private static int? GroupNumber(string heading) =>
        System.Text.RegularExpressions.Regex.Match(heading, @"^(\d{1,3})\.?\s") is { Success: true } match ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// The item or section a heading marked as text joins: the nearest heading before it at its level or above (its
    /// parent, or the sibling item it follows), if that one holds text; none if it is a group or left out.
    /// </summary>
    public static int? TextOwner(IReadOnlyList<ImportedHeading> headings, IReadOnlyList<ImportRole> roles, int heading)
    {
        for (var j = heading - 1; j >= 0; j--)
        {
            if (roles[j] == ImportRole.Text || headings[j].Level > headings[heading].Level)
            {
                continue;
            }
            return roles[j].HoldsText() ? j : null;
        }
        return null;
    }

    /// <summary>For each heading, the headings it stands under, nearest first.</summary>
    internal static List<List<int>> Ancestors(IReadOnlyList<ImportedHeading> headings)
    {
        var result = new List<List<int>>(headings.Count);
        var stack = new Stack<int>();
        foreach (var heading in headings)
        {
            while (stack.Count > 0 && headings[stack.Peek()].Level >= heading.Level)
            {
                stack.Pop();
            }
            result.Add(stack.ToList());
            stack.Push(heading.Index);
        }
        return result;
    }
}

/// <summary>An item or committee section to be created from a heading.</summary>
/// <param name="Number">The number the document gives it ("1.3.2"), by which its link lines are resolved.</param>
public sealed record PlannedItem(int Heading, ImportRole Role, ItemKind Kind, string Title, string Body, string? Number);

/// <summary>A group the items go into: a new one, or the workspace's group of that name (<paramref name="ExistingId"/>).</summary>
/// <param name="Number">The number its heading gives it, which a new group keeps where it is free.</param>
public sealed record PlannedGroup(string Name, int? ExistingId, int Heading, int? Number, IReadOnlyList<PlannedItem> Items);

/// <summary>A link from one planned item to another by their headings; <paramref name="Serves"/>: an operational goal's strategic goal.</summary>
public sealed record PlannedLink(int From, int To, bool Serves);

/// <summary>What stops the import, at a heading (or -1 for the whole document), as a message key.</summary>
public sealed record ImportProblem(int Heading, string MessageKey);
