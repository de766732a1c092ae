using Microsoft.Extensions.Options;
using StrategyWorkspace.Components;
using StrategyWorkspace.Features.Consultations;
using StrategyWorkspace.Features.Export;
using StrategyWorkspace.Features.Localization;
using StrategyWorkspace.Features.Monitoring;

namespace StrategyWorkspace.Hosting;

/// <summary>
/// What Program.cs calls: the registrations, one file per concern (settings, web, localization, database,
/// identity, features), and the request pipeline in its order.
/// </summary>
internal static class WorkspaceHostingExtensions
{
    public static WebApplicationBuilder AddWorkspace(this WebApplicationBuilder builder)
    {
        builder.AddWorkspaceSettings();
        var services = builder.Services;
        services.AddWorkspaceWeb();
        services.AddWorkspaceLocalization(builder.Configuration);
        services.AddWorkspaceDatabase();
        services.AddWorkspaceIdentity();
        services.AddWorkspaceFeatures();
        return builder;
    }

    public static Task PrepareDatabaseAsync(this WebApplication app) => app.Services.GetRequiredService<DatabaseStartup>().PrepareAsync();

    public static WebApplication UseWorkspace(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<WorkspaceOptions>>().Value.TrustedProxies.Count > 0)
        {
            // First: everything after it (the proposal limit, HTTPS redirects, logs) sees the visitor's address.
            app.UseForwardedHeaders();
        }
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            // Only over HTTPS (at the proxy: X-Forwarded-Proto from a trusted one), never for localhost.
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        // Here, not first as the framework would put them: the sign-in cookie's periodic check reads
        // the database, and a failure there belongs to the error page like any other.
        app.UseAuthentication();
        app.UseAuthorization();

        app.UseRequestLocalization();
        app.UseMiddleware<QueryStringCultureCookieMiddleware>();
        app.UseOutputCache();
        // Inside the output cache: a public page is compressed once, then served as cached bytes.
        app.UseWhen(PublicCaching.IsReadingPage, reading => reading.UseResponseCompression());
        app.UseAntiforgery();

        app.MapStaticAssets();
        // The page policy (SecurityHeaders) refuses framing already; Blazor's own header would be a second policy.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(server => server.ContentSecurityFrameAncestorsPolicy = null);
        app.MapAdditionalIdentityEndpoints();
        app.MapCultureEndpoints();
        app.MapExportEndpoints();
        app.MapConsultationReportEndpoints();
        app.MapReportEndpoints();
        app.MapOpenDataEndpoints();
        app.MapHealthEndpoints();
        return app;
    }
}
