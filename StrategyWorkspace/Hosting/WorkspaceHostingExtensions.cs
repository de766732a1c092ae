using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using MudBlazor;
using MudBlazor.Services;
using StrategyWorkspace.Components;
using StrategyWorkspace.Components.Account;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Activity;
using StrategyWorkspace.Features.Admin.Groups;
using StrategyWorkspace.Features.Admin.Strategy;
using StrategyWorkspace.Features.Admin.Users;
using StrategyWorkspace.Features.Dashboard;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Features.Review;
using StrategyWorkspace.Features.Localization;
using StrategyWorkspace.Features.Notifications;
using StrategyWorkspace.Features.Consolidation;
using StrategyWorkspace.Features.Export;
using StrategyWorkspace.Features.Consultations;

namespace StrategyWorkspace.Hosting;

public static class WorkspaceHostingExtensions
{
    internal const string SqliteMigrationsAssembly = "StrategyWorkspace.Migrations.Sqlite";
    internal const string PostgresMigrationsAssembly = "StrategyWorkspace.Migrations.Postgres";

    public static WebApplicationBuilder AddWorkspace(this WebApplicationBuilder builder)
    {
        builder.Configuration.AddRootSettingsFile();
        var services = builder.Services;

        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
        services.AddOptions<WorkspaceOptions>().BindConfiguration(WorkspaceOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WorkspaceOptions>, WorkspaceOptionsValidator>();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<WorkspaceOptions>>(TrustOnlyTheConfiguredProxies);

        // Cyrillic as itself, not as &#x...; entities: pages half the size and readable source.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.AddRazorComponents().AddInteractiveServerComponents()
            // SignalR's default 32 KB would drop the circuit when a long Ukrainian text
            // (two bytes a letter) is sent from a text field; allow whole documents.
            .AddHubOptions(hub => hub.MaximumReceiveMessageSize = 1024 * 1024);
        services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
        services.AddMudServices();
        services.AddTransient<MudLocalizer, WorkspaceMudLocalizer>();

        services.AddWorkspaceLocalization(builder.Configuration);
        services.AddWorkspaceDatabase();
        services.AddWorkspaceIdentity();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(provider => new CommitteeClock(provider.GetRequiredService<TimeProvider>(),
            TimeZoneInfo.FindSystemTimeZoneById(provider.GetRequiredService<IOptions<WorkspaceOptions>>().Value.TimeZone)));
        services.AddSingleton<DatabaseWriteGate>();
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddScoped<StrategyHeading>();
        services.AddScoped<GroupDirectory>();
        services.AddScoped<UserCultureService>();
        services.AddScoped<DashboardService>();
        services.AddScoped<UserAdminService>();
        services.AddScoped<GroupAdminService>();
        services.AddScoped<StrategyAdminService>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<ItemReader>();
        services.AddScoped<DraftingService>();
        services.AddScoped<BrowserDraftCopy>();
        services.AddScoped<ReviewService>();
        services.AddScoped<CommentService>();
        services.AddScoped<ActivityService>();
        services.AddScoped<NotificationService>();
        services.AddScoped<ConsolidationService>();
        services.AddScoped<EditionReader>();
        services.AddScoped<EditionExports>();
        services.AddScoped<ConsultationService>();
        services.AddScoped<VisitorService>();
        services.AddScoped<ModerationService>();
        services.AddScoped<AnswerService>();
        services.AddScoped<ReportService>();
        services.AddScoped<ConsultationReports>();
        services.AddSingleton<ProposalRateLimiter>();
        services.AddOutputCache(cache => cache.AddPolicy(PublicPageCachePolicy.Name, new PublicPageCachePolicy()));
        services.AddResponseCompression(compression =>
        {
            compression.EnableForHttps = true; // used only on the public reading pages: see PublicCaching.IsReadingPage
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
        });
        // Live updates reach the people on other instances through PostgreSQL; on SQLite there are none.
        services.AddSingleton<PostgresInstanceBus>();
        services.AddHostedService(provider => provider.GetRequiredService<PostgresInstanceBus>());
        services.AddSingleton<IInstanceBus>(provider => provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.IsPostgres
            ? provider.GetRequiredService<PostgresInstanceBus>()
            : new LocalInstanceBus());
        services.AddSingleton<InboxNotifier>();
        services.AddSingleton<ItemLiveNotifier>();
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<DatabaseStartup>();
        services.AddWorkspaceHealthChecks();
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
        app.MapHealthEndpoints();
        return app;
    }

    /// <summary>
    /// The one settings file sits at the repository root and is copied beside the binaries.
    /// It goes where appsettings.json normally goes, so environment variables and the
    /// command line still override it.
    /// </summary>
    private static void AddRootSettingsFile(this ConfigurationManager configuration)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        if (!File.Exists(path))
        {
            return;
        }
        var source = new JsonConfigurationSource
        {
            Path = "appsettings.json",
            Optional = false,
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
        };
        var sources = configuration.Sources;
        var defaultJson = sources.OfType<JsonConfigurationSource>()
            .FirstOrDefault(s => s.Path == "appsettings.json");
        var index = defaultJson is null ? 0 : sources.IndexOf(defaultJson) + 1;
        sources.Insert(index, source);
    }

    private static void AddWorkspaceLocalization(this IServiceCollection services, IConfiguration configuration)
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

    private static void TrustOnlyTheConfiguredProxies(ForwardedHeadersOptions forwarded, IOptions<WorkspaceOptions> workspace)
    {
        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        // Not the framework's default of loopback: only what the settings name.
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        foreach (var entry in workspace.Value.TrustedProxies)
        {
            WorkspaceOptions.TryParseProxy(entry, out var address, out var network);
            if (address is not null)
            {
                forwarded.KnownProxies.Add(address);
            }
            else if (network is { } known)
            {
                forwarded.KnownIPNetworks.Add(known);
            }
        }
    }

    private static void AddWorkspaceDatabase(this IServiceCollection services)
    {
        // One key ring for every instance on the database: a cookie one signed, another accepts.
        services.AddDataProtection().SetApplicationName("StrategyWorkspace").PersistKeysToDbContext<WorkspaceDbContext>();
        services.AddDbContextFactory<WorkspaceDbContext>((provider, options) =>
        {
            var database = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var contentRoot = provider.GetRequiredService<IHostEnvironment>().ContentRootPath;
            if (database.IsPostgres)
            {
                options.UseNpgsql(database.ConnectionString, postgres => postgres.MigrationsAssembly(PostgresMigrationsAssembly));
            }
            else
            {
                options.UseSqlite(
                    database.ResolvedConnectionString(contentRoot),
                    sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
            }
        });
    }

    private static void AddWorkspaceIdentity(this IServiceCollection services)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddSingleton<UnknownAccountLockout>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        // Secure over HTTPS (directly or through a trusted proxy), and still usable on a plain-HTTP demo.
        services.AddAntiforgery(antiforgery => antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = "/Account/Login";
            cookie.AccessDeniedPath = "/Account/AccessDenied";
        });
        // A disabled account or a reset password signs the person out within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = false;
                options.User.RequireUniqueEmail = true;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Password.RequiredLength = 8;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<WorkspaceDbContext>()
            .AddSignInManager<WorkspaceSignInManager>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddDefaultTokenProviders();
        services.AddAuthorization();
    }
}
