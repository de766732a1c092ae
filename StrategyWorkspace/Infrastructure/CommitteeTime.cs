namespace StrategyWorkspace.Infrastructure;

/// <summary>Days as the committee counts them: in its time zone (<c>Workspace:TimeZone</c>), in the reader's language.</summary>
public static class CommitteeTime
{
    public static DateTimeOffset Local(DateTimeOffset moment, string timeZone) =>
        TimeZoneInfo.ConvertTime(moment, TimeZoneInfo.FindSystemTimeZoneById(timeZone));

    /// <summary>"28 листопада 2026".</summary>
    public static string Day(DateTimeOffset moment, string timeZone) =>
        Local(moment, timeZone).ToString("d MMMM yyyy", System.Globalization.CultureInfo.CurrentCulture);
}
