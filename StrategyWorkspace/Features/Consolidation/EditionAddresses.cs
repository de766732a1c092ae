namespace StrategyWorkspace.Features.Consolidation;

/// <summary>
/// Where an edition's downloads and print page are. The edition pages link to them; the Export
/// feature answers them (and so depends on this feature, never the other way).
/// </summary>
internal static class EditionAddresses
{
    /// <summary>For a link to a download: the browser saves the file and Blazor's router leaves the link alone.</summary>
    public static Dictionary<string, object?> DownloadAttribute => new() { ["download"] = "" };

    public static string DocxUrl(int number, string? language = null) => $"/editions/{number}/export/docx{InLanguage(language)}";

    public static string MarkdownUrl(int number, string? language = null) => $"/editions/{number}/export/markdown{InLanguage(language)}";

    public static string PlanXlsxUrl(int number) => $"/editions/{number}/export/plan.xlsx";

    public static string PrintUrl(int number, string? language = null) => $"/editions/{number}/print{InLanguage(language)}";

    public static string TrackedChangesUrl(int from, int to) => $"/editions/compare/export/docx?from={from}&to={to}";

    /// <summary>The query asking for the edition in a target language; nothing for its own.</summary>
    private static string InLanguage(string? language) => language is null ? "" : $"?language={Uri.EscapeDataString(language)}";
}
