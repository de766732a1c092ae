using Microsoft.Net.Http.Headers;

namespace StrategyWorkspace.Hosting;

/// <summary>
/// The headers every response carries, pages, public pages, static files and downloads alike, set as the
/// response starts so that a reply from the output cache or the error page carries them too.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>
    /// What Blazor Server and MudBlazor work under: scripts only from the app's own files (no inline script,
    /// no eval), the circuit's WebSocket to the page's own origin, and inline styles, which MudBlazor sets on
    /// its components. Nothing may frame a page: a framed workspace could be clicked through from another site.
    /// </summary>
    public const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>A download, a style sheet or a script is never a page: it may load nothing and run nothing.</summary>
    public const string OtherPolicy = "default-src 'none'; frame-ancestors 'none'; sandbox";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers[HeaderNames.XContentTypeOptions] = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
                headers[HeaderNames.XFrameOptions] = "DENY";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                var isPage = context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;
                headers[HeaderNames.ContentSecurityPolicy] = isPage ? PagePolicy : OtherPolicy;
                return Task.CompletedTask;
            });
            return next();
        });
}
