using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.ResponseCompression;
using MudBlazor;
using MudBlazor.Services;
using StrategyWorkspace.Features.Localization;

namespace StrategyWorkspace.Hosting;

/// <summary>The web side: interactive server components, MudBlazor, HSTS, and the public pages' output cache and compression.</summary>
internal static class WebRegistration
{
    internal static void AddWorkspaceWeb(this IServiceCollection services)
    {
        // Cyrillic as itself, not as &#x...; entities: pages half the size and readable source.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.AddRazorComponents().AddInteractiveServerComponents()
            // SignalR's default 32 KB would drop the circuit when a long Ukrainian text
            // (two bytes a letter) is sent from a text field; allow whole documents.
            .AddHubOptions(hub => hub.MaximumReceiveMessageSize = 1024 * 1024);
        services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
        services.AddMudServices();
        services.AddTransient<MudLocalizer, WorkspaceMudLocalizer>();
        services.AddHttpContextAccessor();
        services.AddOutputCache(cache =>
        {
            cache.AddPolicy(PublicPageCachePolicy.Name, new PublicPageCachePolicy(PublicPageCachePolicy.Tag));
            cache.AddPolicy(PublicPageCachePolicy.ResultsName, new PublicPageCachePolicy(PublicPageCachePolicy.ResultsTag));
        });
        services.AddResponseCompression(compression =>
        {
            compression.EnableForHttps = true; // used only on the public reading pages: see PublicCaching.IsReadingPage
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
            // The open data's CSV too (JSON is among the defaults).
            compression.MimeTypes = ResponseCompressionDefaults.MimeTypes.Append("text/csv");
        });
    }
}
