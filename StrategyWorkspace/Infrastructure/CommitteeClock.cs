using System.Globalization;

namespace StrategyWorkspace.Infrastructure;

/// <summary>
/// The workspace's one clock: the moment now, and days as the committee counts them, in its time zone
/// (<c>Workspace:TimeZone</c>). Services stamp what they record with it; pages and exports show days with it,
/// so nothing looks the time zone up for itself.
/// </summary>
public sealed class CommitteeClock(TimeProvider time, TimeZoneInfo zone)
{
    public TimeZoneInfo Zone => zone;

    public DateTimeOffset GetUtcNow() => time.GetUtcNow();

    /// <summary>The moment as the committee's wall clock shows it.</summary>
    public DateTimeOffset Local(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, zone);

    /// <summary>The committee's calendar day now.</summary>
    public DateTime Today => Local(GetUtcNow()).Date;

    /// <summary>"28 листопада 2026", in the current culture.</summary>
    public string Day(DateTimeOffset moment) => Local(moment).ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>The first moment of a committee day (midnight there, whatever the offset that day).</summary>
    public DateTimeOffset StartOf(DateTime day)
    {
        var local = DateTime.SpecifyKind(day.Date, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
