using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.OutputCaching;

namespace StrategyWorkspace.Features.Consultations;

/// <summary>
/// The public consultation page is the same for every visitor of a language, and a large edition
/// takes long to render; so the server renders it once a minute per language and serves those
/// bytes. Anything that changes what the page shows (a proposal published, an answer, the
/// consultation opened or closed) evicts it at once through <see cref="Tag"/>.
/// </summary>
internal sealed class PublicPageCachePolicy : IOutputCachePolicy
{
    public const string Name = "PublicPage";
    public const string Tag = "consultation";

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
        context.Tags.Add(Tag);
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
