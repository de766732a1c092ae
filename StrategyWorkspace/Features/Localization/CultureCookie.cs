using Microsoft.AspNetCore.Localization;

namespace StrategyWorkspace.Features.Localization;

/// <summary>The standard ASP.NET Core culture cookie, read by <see cref="CookieRequestCultureProvider"/>.</summary>
public static class CultureCookie
{
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
