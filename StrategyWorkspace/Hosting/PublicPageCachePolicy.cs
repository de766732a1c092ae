using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.OutputCaching;

namespace StrategyWorkspace.Hosting;

/// <summary>
/// A public page (the consultation's, the strategy's results) is the same for every visitor of a language, and a large edition
/// takes long to render; so the server renders it once a minute per language and serves those bytes. Anything that changes what
/// the page shows (a proposal published, an answer, the consultation opened or closed; a value recorded, a report published)
/// evicts it at once through its tag: <see cref="Tag"/> for the consultation, <see cref="ResultsTag"/> for the results.
/// </summary>
internal sealed class PublicPageCachePolicy(string tag) : IOutputCachePolicy
{
    public const string Name = "PublicPage";
    public const string Tag = "consultation";
    public const string ResultsName = "PublicResults";
    public const string ResultsTag = "results";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        // Signed-in people may see their own cookie renewed; only anonymous reads are shared.
        var cacheable = HttpMethods.IsGet(http.Request.Method) && http.User.Identity?.IsAuthenticated != true;
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromMinutes(1);
        var culture = http.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.Name ?? "";
        context.CacheVaryByRules.VaryByValues["culture"] = culture;
        context.CacheVaryByRules.VaryByValues["encoding"] = PublicCaching.PreferredEncoding(http.Request);
        context.Tags.Add(tag);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // A response that sets a cookie (a language chosen through ?culture=) belongs to one visitor.
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }
}
