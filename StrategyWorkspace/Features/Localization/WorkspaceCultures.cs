using System.Collections.Frozen;
using System.Globalization;
using StrategyWorkspace.Hosting;

namespace StrategyWorkspace.Features.Localization;

/// <summary>
/// The cultures the workspace speaks, as it formats them. English writes dates day first with the month's
/// name and a 24-hour clock ("1 Dec 2026 22:51", pickers "1 Dec 2026"): the US order a bare "en" gives
/// ("12/1/2026 10:51 PM") reads as January the 12th to this committee. Ukrainian keeps its own
/// ("01.12.2026 22:51"), which is already unambiguous.
/// </summary>
internal static class WorkspaceCultures
{
    private static readonly FrozenDictionary<string, CultureInfo> ByName =
        WorkspaceOptions.SupportedCultures.ToFrozenDictionary(name => name, Create);

    public static IList<CultureInfo> All => [.. WorkspaceOptions.SupportedCultures.Select(Get)];

    /// <summary>The culture for "uk" or "en", as the workspace formats it.</summary>
    public static CultureInfo Get(string name) => ByName.TryGetValue(name, out var culture) ? culture : CultureInfo.GetCultureInfo(name);

    private static CultureInfo Create(string name)
    {
        var culture = new CultureInfo(name, useUserOverride: false);
        if (name == "en")
        {
            var dates = culture.DateTimeFormat;
            dates.ShortDatePattern = "d MMM yyyy";
            dates.LongDatePattern = "d MMMM yyyy";
            dates.ShortTimePattern = "HH:mm";
            dates.LongTimePattern = "HH:mm:ss";
            dates.FullDateTimePattern = "d MMMM yyyy HH:mm:ss";
            dates.MonthDayPattern = "d MMMM";
            dates.AMDesignator = dates.PMDesignator = "";
            dates.FirstDayOfWeek = DayOfWeek.Monday;
        }
        return CultureInfo.ReadOnly(culture);
    }
}
