using StrategyWorkspace.Features.Export;

namespace StrategyWorkspace.Features.Monitoring;

/// <summary>A report's downloads: anyone's once it is published, like the report itself; a draft's for signed-in people.</summary>
internal static class ReportEndpoints
{
    public static string DocxUrl(int number) => $"/monitoring/reports/{number}/docx";

    public static string XlsxUrl(int number) => $"/monitoring/reports/{number}/xlsx";

    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/monitoring/reports/{number:int}/docx", (int number, HttpContext http, ReportDocuments documents) =>
            ExportEndpoints.SendAsync(http, actor => documents.DocxAsync(actor, number, http.RequestAborted)));
        endpoints.MapGet("/monitoring/reports/{number:int}/xlsx", (int number, HttpContext http, ReportDocuments documents) =>
            ExportEndpoints.SendAsync(http, actor => documents.XlsxAsync(actor, number, http.RequestAborted)));
        return endpoints;
    }
}
