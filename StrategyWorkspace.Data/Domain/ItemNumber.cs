namespace StrategyWorkspace.Domain;

/// <summary>
/// An item's number in the document: its group's position, its kind's section and its place there, e.g. 2.1.3.
/// It orders as a reader does (1.1.2 before 1.1.10) and prints itself, so no list sorts printed numbers or parses them back.
/// </summary>
public readonly record struct ItemNumber(int GroupPosition, ItemKind Kind, int Position) : IComparable<ItemNumber>
{
    public int CompareTo(ItemNumber other) =>
        (GroupPosition, (int)Kind, Position).CompareTo((other.GroupPosition, (int)other.Kind, other.Position));

    public static bool operator <(ItemNumber left, ItemNumber right) => left.CompareTo(right) < 0;

    public static bool operator >(ItemNumber left, ItemNumber right) => left.CompareTo(right) > 0;

    public static bool operator <=(ItemNumber left, ItemNumber right) => left.CompareTo(right) <= 0;

    public static bool operator >=(ItemNumber left, ItemNumber right) => left.CompareTo(right) >= 0;

    /// <summary>A committee section (the analysis, the vision…) has no number: it is known by its title.</summary>
    public override string ToString() => Kind.IsSection() ? "" : $"{SectionOf(GroupPosition, Kind)}.{Position}";

    /// <summary>What a heading calls the item: its number, or a committee section's title.</summary>
    public string ShortName(string title) => Kind.IsSection() ? title : ToString();

    /// <summary>"1.3.2. Title" for an item; a committee section's title alone.</summary>
    public string Label(string title) => Kind.IsSection() ? title : $"{this}. {title}";

    /// <summary>The number of a group's section of one kind, e.g. 2.1 for the second group's problems.</summary>
    public static string SectionOf(int groupPosition, ItemKind kind) => $"{groupPosition}.{(int)kind}";
}
