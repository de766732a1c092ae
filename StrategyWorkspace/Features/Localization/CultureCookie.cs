using Microsoft.AspNetCore.Localization;

namespace StrategyWorkspace.Features.Localization;

/// <summary>The standard ASP.NET Core culture cookie, read by <see cref="CookieRequestCultureProvider"/>.</summary>
internal static class CultureCookie
{
    /// <summary>
    /// Set for the browser session when a signed-out visitor picks a language (on the sign-in page): the
    /// choice just made wins over the one saved with the account at sign-in, and becomes the saved one.
    /// </summary>
    public const string JustChosenName = "sw-culture-chosen";

    public static void MarkJustChosen(HttpResponse response) =>
        response.Cookies.Append(JustChosenName, "1", new CookieOptions
        {
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            HttpOnly = true,
            Secure = response.HttpContext.Request.IsHttps,
        });

    /// <summary>The language a signed-out visitor just chose in this browser, if any.</summary>
    public static string? JustChosen(HttpContext context) =>
        context.Request.Cookies.ContainsKey(JustChosenName)
        && context.Request.Cookies.TryGetValue(CookieRequestCultureProvider.DefaultCookieName, out var value)
        && CookieRequestCultureProvider.ParseCookieValue(value) is { } parsed
        && parsed.UICultures.FirstOrDefault() is { } chosen
            ? chosen.Value
            : null;

    public static void ForgetJustChosen(HttpResponse response) => response.Cookies.Delete(JustChosenName);

    public static void Append(HttpResponse response, string culture) =>
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                HttpOnly = true,
                Secure = response.HttpContext.Request.IsHttps,
            });
}
