using Microsoft.AspNetCore.Localization;

namespace StrategyWorkspace.Features.Localization;

/// <summary>
/// <c>?culture=en&amp;ui-culture=en</c> changes the culture of the request it is on; the interactive
/// circuit that follows is a separate request without that query string, so the choice is
/// also written to the culture cookie, which the circuit does carry.
/// </summary>
internal sealed class QueryStringCultureCookieMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var feature = context.Features.Get<IRequestCultureFeature>();
        if (feature?.Provider is QueryStringRequestCultureProvider)
        {
            CultureCookie.Append(context.Response, feature.RequestCulture.UICulture.Name);
        }
        return next(context);
    }
}
