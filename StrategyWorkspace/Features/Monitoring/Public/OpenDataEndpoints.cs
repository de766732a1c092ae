using StrategyWorkspace.Hosting;

namespace StrategyWorkspace.Features.Monitoring;

/// <summary>
/// The open data files, for anyone: <c>/results/data/{set}.csv</c> and <c>.json</c>. The same for every visitor, so kept in the output
/// cache with the results' pages and evicted with them when a value, a project's progress or the adoption changes.
/// </summary>
internal static class OpenDataEndpoints
{
    public static IEndpointRouteBuilder MapOpenDataEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/results/data/{name}.{format}", async (string name, string format, HttpContext http, PublicResultsService results) =>
            {
                if (OpenData.Find(name) is not { } set || format is not ("csv" or "json"))
                {
                    return Results.NotFound();
                }
                var data = await results.GetAsync(http.RequestAborted);
                PublicCaching.Allow(http);
                return format == "csv"
                    ? Results.File(OpenData.Csv(set, data), "text/csv; charset=utf-8", $"{set.Name}.csv")
                    : Results.File(OpenData.JsonFile(set, data), "application/json; charset=utf-8", $"{set.Name}.json");
            })
            .CacheOutput(PublicPageCachePolicy.ResultsName)
            .AllowAnonymous();
        return endpoints;
    }
}
