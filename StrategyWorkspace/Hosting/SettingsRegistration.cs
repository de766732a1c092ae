using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace StrategyWorkspace.Hosting;

/// <summary>The settings: the one file at the repository root, its typed options checked at start-up, and whom to trust as a proxy.</summary>
internal static class SettingsRegistration
{
    internal static void AddWorkspaceSettings(this WebApplicationBuilder builder)
    {
        builder.Configuration.AddRootSettingsFile();
        var services = builder.Services;
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
        services.AddOptions<WorkspaceOptions>().BindConfiguration(WorkspaceOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WorkspaceOptions>, WorkspaceOptionsValidator>();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<WorkspaceOptions>>(TrustOnlyTheConfiguredProxies);
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
}
