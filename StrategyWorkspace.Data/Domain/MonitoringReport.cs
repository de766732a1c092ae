namespace StrategyWorkspace.Domain;

/// <summary>
/// The monitoring report for a period (a year or a half-year): the chair generates it as a draft, which shows the figures as they
/// are; publishing freezes them (<see cref="Content"/>, written once) like an edition, and nobody changes a published report.
/// One report per period, numbered in the order they were generated.
/// </summary>
public class MonitoringReport
{
    private MonitoringReport()
    {
    }

    public int Id { get; private set; }
    public int Number { get; private set; }
    public int Year { get; private set; }

    /// <summary>1 or 2 for a half-year's report, 0 for the year's.</summary>
    public int Half { get; private set; }

    public string CreatedById { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public string? PublishedById { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>The report's figures as published (JSON), frozen; null while a draft.</summary>
    public string? Content { get; private set; }

    public MonitoringPeriod Period => new(Year, Half);

    public bool IsPublished => PublishedAt is not null;

    /// <summary>
    /// A draft report for <paramref name="period"/>: a year from the strategy's earliest up to this one (a year still to come has
    /// nothing to report), or one of its halves.
    /// </summary>
    public static MonitoringReport Generate(int number, MonitoringPeriod period, string byId, DateTimeOffset now, int currentYear)
    {
        if (period.Year < Indicator.EarliestYear || period.Year > currentYear)
        {
            throw new InvalidInputException("Year", "Report_YearRange", Indicator.EarliestYear, currentYear);
        }
        if (period.Half is < 0 or > 2)
        {
            throw new InvalidInputException("Half", "Report_UnknownHalf");
        }
        return new MonitoringReport { Number = number, Year = period.Year, Half = period.Half, CreatedById = byId, CreatedAt = now };
    }

    /// <summary>Freezes the report with its figures as they are now; once only.</summary>
    public void Publish(string content, string byId, DateTimeOffset now)
    {
        if (IsPublished)
        {
            throw new WorkspaceRuleException("Report_AlreadyPublished");
        }
        Content = content;
        PublishedById = byId;
        PublishedAt = now;
    }

    /// <summary>A draft may be thrown away (generated for the wrong period); a published report stays.</summary>
    public void EnsureDraft()
    {
        if (IsPublished)
        {
            throw new WorkspaceRuleException("Report_AlreadyPublished");
        }
    }
}
