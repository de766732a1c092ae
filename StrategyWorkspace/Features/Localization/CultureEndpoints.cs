using System.Security.Claims;
using Microsoft.AspNetCore.WebUtilities;

namespace StrategyWorkspace.Features.Localization;

internal static class CultureEndpoints
{
    public const string SetPath = "/culture/set";

    /// <summary>The link a language switch follows: sets the cookie, remembers the choice for the account, returns.</summary>
    public static string SetUrl(string culture, string returnUrl) =>
        QueryHelpers.AddQueryString(SetPath, new Dictionary<string, string?> { ["culture"] = culture, ["redirectUri"] = returnUrl });

    public static IEndpointRouteBuilder MapCultureEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SetPath, async (string? culture, string? redirectUri, HttpContext http, UserCultureService cultures) =>
        {
            if (UserCultureService.IsSupported(culture))
            {
                CultureCookie.Append(http.Response, culture!);
                var userId = http.User.FindFirstValue(ClaimTypes.NameIdentifier);
                if (userId is not null)
                {
                    await cultures.SavePreferenceAsync(userId, culture!);
                }
                else
                {
                    CultureCookie.MarkJustChosen(http.Response);
                }
            }
            return TypedResults.LocalRedirect(SafeReturnUrl(redirectUri));
        });
        return endpoints;
    }

    /// <summary>
    /// Prevent open redirects, and drop a culture in the query string: it would override the
    /// choice just made.
    /// </summary>
    internal static string SafeReturnUrl(string? redirectUri)
    {
        if (!LocalUrls.IsLocal(redirectUri))
        {
            return "/";
        }
        var queryStart = redirectUri.IndexOf('?');
        if (queryStart < 0)
        {
            return redirectUri;
        }
        var query = QueryHelpers.ParseQuery(redirectUri[queryStart..]);
        query.Remove("culture");
        query.Remove("ui-culture");
        var path = redirectUri[..queryStart];
        return QueryHelpers.AddQueryString(path, query.SelectMany(pair => pair.Value.Select(v => new KeyValuePair<string, string?>(pair.Key, v))));
    }
}
