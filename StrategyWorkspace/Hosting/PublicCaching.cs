using Microsoft.Extensions.Primitives;

namespace StrategyWorkspace.Hosting;

/// <summary>
/// Lets browsers and shared caches keep a public page that is the same for every visitor, asking each time
/// whether it is still current (an ETag answered 304 by the output cache): a visitor who opened the page a
/// moment before the chair closed the consultation must not go on seeing the form. Blazor's endpoint
/// marks every component page no-store and hands out an anti-forgery cookie before rendering (for
/// forms it may hold); a page without a form needs neither, and a cache would not store it with them.
/// </summary>
internal static class PublicCaching
{
    public static void Allow(HttpContext http)
    {
        // New with every rendering, set before the output cache takes its copy of the headers: it keeps it with
        // the page until the page changes (or its minute is up) and answers a browser's If-None-Match with 304.
        // Weak: each encoding is a copy of its own.
        http.Response.Headers.ETag = $"W/\"{Guid.NewGuid():N}\"";
        http.Response.OnStarting(() => KeepShareable(http));
    }

    private static Task KeepShareable(HttpContext http)
    {
        var headers = http.Response.Headers;
        var cookies = headers.SetCookie.Where(c => c is not null && !c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal)).ToArray();
        if (cookies.Length == 0)
        {
            headers.Remove("Set-Cookie");
        }
        else
        {
            headers.SetCookie = cookies;
        }
        // A signed-in member's response may renew their sign-in cookie: only their own browser keeps it.
        var shared = cookies.Length == 0 && http.User.Identity?.IsAuthenticated != true;
        headers.CacheControl = $"{(shared ? "public" : "private")}, no-cache";
        headers.Pragma = StringValues.Empty;
        // The language comes from a cookie, the compression from what the browser accepts: a cache
        // must keep one copy per language and encoding.
        headers.Vary = "Cookie, Accept-Encoding";
        return Task.CompletedTask;
    }

    /// <summary>
    /// The pages a visitor reads (the consultation's first page and its sections', the strategy's results and their open data):
    /// compressed once into the output cache. Nothing secret is on them (no form, no cookie), so compressing them over HTTPS
    /// gives BREACH nothing to guess.
    /// </summary>
    public static bool IsReadingPage(HttpContext http) =>
        HttpMethods.IsGet(http.Request.Method)
        && (http.Request.Path.Equals("/consultation", StringComparison.OrdinalIgnoreCase)
            || http.Request.Path.StartsWithSegments("/consultation/sections", StringComparison.OrdinalIgnoreCase)
            || http.Request.Path.StartsWithSegments("/results", StringComparison.OrdinalIgnoreCase));

    /// <summary>The encoding the compression will choose for this request, as the cache tells copies apart.</summary>
    public static string PreferredEncoding(HttpRequest request)
    {
        var accepted = request.Headers.AcceptEncoding.ToString();
        return accepted.Contains("br", StringComparison.OrdinalIgnoreCase) ? "br"
            : accepted.Contains("gzip", StringComparison.OrdinalIgnoreCase) ? "gzip"
            : "";
    }
}
