using Microsoft.Extensions.Localization;

namespace StrategyWorkspace.Features.Monitoring;

/// <summary>How monitoring says a period: "2018", or "2018, I half-year".</summary>
internal static class MonitoringWords
{
    public static string Period(IStringLocalizer localizer, MonitoringPeriod period) =>
        period.IsWholeYear ? period.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : localizer[$"Monitoring_Half{period.Half}", period.Year];
}
