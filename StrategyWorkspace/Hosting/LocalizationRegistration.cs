using Microsoft.AspNetCore.Localization;
using StrategyWorkspace.Features.Export;
using StrategyWorkspace.Features.Localization;

namespace StrategyWorkspace.Hosting;

/// <summary>The two languages: Ukrainian unless a person chooses English, and an official document always in the strategy's.</summary>
internal static class LocalizationRegistration
{
    internal static void AddWorkspaceLocalization(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLocalization();
        var defaultCulture = configuration[$"{WorkspaceOptions.SectionName}:{nameof(WorkspaceOptions.DefaultCulture)}"] ?? "uk";
        services.Configure<RequestLocalizationOptions>(options =>
        {
            // The workspace's own culture objects, so that dates read the same everywhere (WorkspaceCultures).
            var fallback = WorkspaceCultures.Get(WorkspaceOptions.SupportedCultures.Contains(defaultCulture) ? defaultCulture : "uk");
            options.DefaultRequestCulture = new RequestCulture(fallback, fallback);
            options.SupportedCultures = WorkspaceCultures.All;
            options.SupportedUICultures = WorkspaceCultures.All;
            // The committee works in Ukrainian whatever language a browser announces:
            // only an explicit choice (query string or the culture cookie) switches to English.
            // An official document is in the strategy's language whatever the choice.
            options.RequestCultureProviders =
            [
                new OfficialDocumentCultureProvider(),
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
            ];
        });
    }
}
