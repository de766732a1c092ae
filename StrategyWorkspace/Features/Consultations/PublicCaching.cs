using Microsoft.Extensions.Primitives;

namespace StrategyWorkspace.Features.Consultations;

/// <summary>
/// Lets shared caches keep a public page that is the same for every visitor. Blazor's endpoint
/// marks every component page no-store and hands out an anti-forgery cookie before rendering (for
/// forms it may hold); a page without a form needs neither, and a cache would not store it with them.
/// </summary>
internal static class PublicCaching
{
    public static void Allow(HttpContext http, TimeSpan maxAge) => http.Response.OnStarting(() =>
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
        headers.CacheControl = $"{(shared ? "public" : "private")}, max-age={(int)maxAge.TotalSeconds}";
        headers.Pragma = StringValues.Empty;
        // The language comes from a cookie; a cache must keep one copy per language.
        headers.Vary = "Cookie";
        return Task.CompletedTask;
    });
}
