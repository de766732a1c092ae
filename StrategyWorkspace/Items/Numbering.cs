using StrategyWorkspace.Domain;

namespace StrategyWorkspace.Items;

/// <summary>An item's number in the document: group . kind section . position, e.g. 2.1.3.</summary>
public static class Numbering
{
    public static string Of(int groupPosition, ItemKind kind, int position) => $"{groupPosition}.{(int)kind}.{position}";
}

/// <summary>Orders item numbers as a reader does: 1.1.2 before 1.1.10.</summary>
internal sealed class NumberOrder : IComparer<string>
{
    public static readonly NumberOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        var a = (x ?? "").Split('.');
        var b = (y ?? "").Split('.');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var order = int.TryParse(a[i], out var m) && int.TryParse(b[i], out var n) ? m.CompareTo(n) : string.CompareOrdinal(a[i], b[i]);
            if (order != 0)
            {
                return order;
            }
        }
        return a.Length.CompareTo(b.Length);
    }
}
