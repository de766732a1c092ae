namespace StrategyWorkspace.Features.Consolidation;

/// <summary>
/// Where an edition's downloads and print page are. The edition pages link to them; the Export
/// feature answers them (and so depends on this feature, never the other way).
/// </summary>
internal static class EditionAddresses
{
    /// <summary>For a link to a download: the browser saves the file and Blazor's router leaves the link alone.</summary>
    public static Dictionary<string, object?> DownloadAttribute => new() { ["download"] = "" };

    public static string DocxUrl(int number) => $"/editions/{number}/export/docx";

    public static string MarkdownUrl(int number) => $"/editions/{number}/export/markdown";

    public static string PlanXlsxUrl(int number) => $"/editions/{number}/export/plan.xlsx";

    public static string PrintUrl(int number) => $"/editions/{number}/print";

    public static string TrackedChangesUrl(int from, int to) => $"/editions/compare/export/docx?from={from}&to={to}";
}
