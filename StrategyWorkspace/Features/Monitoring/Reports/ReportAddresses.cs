namespace StrategyWorkspace.Features.Monitoring;

/// <summary>Where a report's page is.</summary>
internal static class ReportAddresses
{
    public static string Page(int number) => $"/monitoring/reports/{number}";
}
