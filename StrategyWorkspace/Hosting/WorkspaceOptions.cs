using Microsoft.Extensions.Options;

namespace StrategyWorkspace.Hosting;

/// <summary>The "Workspace" section of appsettings.json.</summary>
public sealed class WorkspaceOptions
{
    public const string SectionName = "Workspace";
    public static readonly IReadOnlyList<string> SupportedCultures = ["uk", "en"];

    /// <summary>Create the demo committee when the database is empty.</summary>
    public bool SeedDemoData { get; set; } = true;

    /// <summary>Off by default: the secretariat makes the accounts.</summary>
    public bool AllowSelfRegistration { get; set; }

    public string DefaultCulture { get; set; } = "uk";
}

internal sealed class WorkspaceOptionsValidator : IValidateOptions<WorkspaceOptions>
{
    public ValidateOptionsResult Validate(string? name, WorkspaceOptions options) =>
        WorkspaceOptions.SupportedCultures.Contains(options.DefaultCulture)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Workspace:DefaultCulture is '{options.DefaultCulture}'; use one of: {string.Join(", ", WorkspaceOptions.SupportedCultures)}.");
}
