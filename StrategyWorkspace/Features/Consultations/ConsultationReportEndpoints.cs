using StrategyWorkspace.Features.Export;

namespace StrategyWorkspace.Features.Consultations;

/// <summary>The report's downloads: public once the consultation has closed, like the report page.</summary>
internal static class ConsultationReportEndpoints
{
    public const string CsvUrl = "/consultation/report/csv";
    public const string DocxUrl = "/consultation/report/docx";

    public static IEndpointRouteBuilder MapConsultationReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(CsvUrl, (int? id, HttpContext http, ConsultationReports reports) =>
            ExportEndpoints.SendAsync(http, actor => reports.CsvAsync(actor, id, http.RequestAborted)));
        endpoints.MapGet(DocxUrl, (int? id, HttpContext http, ConsultationReports reports) =>
            ExportEndpoints.SendAsync(http, actor => reports.DocxAsync(actor, id, http.RequestAborted)));
        return endpoints;
    }
}
