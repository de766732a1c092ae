using System.Globalization;

namespace StrategyWorkspace.Infrastructure;

/// <summary>
/// People's names in Ukrainian alphabetical order (А Б В Г Ґ Д Е Є … І Ї Й …). SQLite compares
/// bytes, which puts І and Є before А, so lists of names are sorted here, not in SQL.
/// </summary>
internal static class NameOrder
{
    public static readonly StringComparer Comparer =
        StringComparer.Create(CultureInfo.GetCultureInfo("uk"), CompareOptions.IgnoreCase);

    public static List<T> SortedBy<T>(this IEnumerable<T> items, Func<T, string> name) =>
        items.OrderBy(name, Comparer).ToList();
}
