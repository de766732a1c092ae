using System.Security.Claims;

using StrategyWorkspace.Features.Consolidation;

namespace StrategyWorkspace.Features.Export;

/// <summary>
/// Downloads of editions: plain HTTP endpoints, so a browser saves the file (and Word opens it)
/// without a circuit. The addresses pages link to are <see cref="EditionAddresses"/>'.
/// </summary>
internal static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var editions = endpoints.MapGroup("/editions").RequireAuthorization();
        // ?language=en: the edition in one of the committee's target languages.
        editions.MapGet("/{number:int}/export/docx", (int number, string? language, HttpContext http, EditionExports exports) =>
            SendAsync(http, actor => exports.DocxAsync(actor, number, language, http.RequestAborted)));
        editions.MapGet("/{number:int}/export/markdown", (int number, string? language, HttpContext http, EditionExports exports) =>
            SendAsync(http, actor => exports.MarkdownAsync(actor, number, language, http.RequestAborted)));
        editions.MapGet("/{number:int}/export/plan.xlsx", (int number, HttpContext http, EditionExports exports) =>
            SendAsync(http, actor => exports.PlanXlsxAsync(actor, number, http.RequestAborted)));
        editions.MapGet("/compare/export/docx", (int from, int to, HttpContext http, EditionExports exports) =>
            SendAsync(http, actor => exports.TrackedChangesAsync(actor, from, to, http.RequestAborted)));
        return endpoints;
    }

    /// <summary>Runs an export for the signed-in person (or a visitor): refused is 403, unknown is 404.</summary>
    internal static async Task<IResult> SendAsync(HttpContext http, Func<string?, Task<ExportFile>> export)
    {
        try
        {
            var file = await export(http.User.FindFirstValue(ClaimTypes.NameIdentifier));
            return TypedResults.File(file.Content, file.ContentType, file.FileName);
        }
        catch (ActionRefusedException)
        {
            return TypedResults.Forbid();
        }
        catch (Exception e) when (e is NotFoundException or InvalidInputException)
        {
            return TypedResults.NotFound();
        }
    }
}
