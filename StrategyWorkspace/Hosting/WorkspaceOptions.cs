using System.Net;
using Microsoft.Extensions.Options;

namespace StrategyWorkspace.Hosting;

/// <summary>The "Workspace" section of appsettings.json.</summary>
internal sealed class WorkspaceOptions
{
    public const string SectionName = "Workspace";
    public static readonly IReadOnlyList<string> SupportedCultures = ["uk", "en"];

    /// <summary>Create the demo committee when the database is empty.</summary>
    public bool SeedDemoData { get; set; } = true;

    /// <summary>Off by default: the secretariat makes the accounts.</summary>
    public bool AllowSelfRegistration { get; set; }

    public string DefaultCulture { get; set; } = "uk";

    /// <summary>
    /// The language of the strategy itself: its exports (DOCX, Markdown, the report) are official documents in
    /// it, whatever language the person downloading works in.
    /// </summary>
    public string DocumentCulture { get; set; } = "uk";

    /// <summary>
    /// The languages items and sections are translated into, beside the strategy's own (<see cref="DocumentCulture"/>), which is
    /// their source. Unset: every other language the workspace speaks.
    /// </summary>
    public List<string>? TranslationLanguages { get; set; }

    /// <summary>The target languages, as set or by default.</summary>
    public IReadOnlyList<string> TargetLanguages =>
        TranslationLanguages ?? SupportedCultures.Where(culture => culture != DocumentCulture).ToList();

    /// <summary>Times are shown in the committee's time zone (IANA id), whatever the server's.</summary>
    public string TimeZone { get; set; } = "Europe/Kyiv";

    /// <summary>
    /// Without demo data, the first administrator's account: created at start while the
    /// database has no account at all, so a real deployment has a way in.
    /// </summary>
    public string? InitialAdministratorEmail { get; set; }

    public string? InitialAdministratorPassword { get; set; }

    /// <summary>How many public proposals one client address may send in an hour; more are refused with a message.</summary>
    public int ProposalsPerHour { get; set; } = 10;

    /// <summary>
    /// The load balancers or reverse proxies in front of the app (addresses like <c>10.0.0.5</c> or
    /// networks like <c>10.0.0.0/8</c>). Their X-Forwarded-For and X-Forwarded-Proto are believed, so
    /// the proposal limit counts each visitor's own address, not the balancer's; nobody else's are.
    /// </summary>
    public List<string> TrustedProxies { get; set; } = [];

    /// <summary>A trusted proxy entry as an address or a network; false if it is neither.</summary>
    internal static bool TryParseProxy(string entry, out IPAddress? address, out IPNetwork? network)
    {
        address = null;
        network = null;
        if (entry.Contains('/'))
        {
            if (IPNetwork.TryParse(entry.Trim(), out var parsed))
            {
                network = parsed;
                return true;
            }
            return false;
        }
        return IPAddress.TryParse(entry.Trim(), out address);
    }
}

internal sealed class WorkspaceOptionsValidator : IValidateOptions<WorkspaceOptions>
{
    public ValidateOptionsResult Validate(string? name, WorkspaceOptions options)
    {
        if (!WorkspaceOptions.SupportedCultures.Contains(options.DefaultCulture))
        {
            return ValidateOptionsResult.Fail(
                $"Workspace:DefaultCulture is '{options.DefaultCulture}'; use one of: {string.Join(", ", WorkspaceOptions.SupportedCultures)}.");
        }
        if (!WorkspaceOptions.SupportedCultures.Contains(options.DocumentCulture))
        {
            return ValidateOptionsResult.Fail(
                $"Workspace:DocumentCulture is '{options.DocumentCulture}'; use one of: {string.Join(", ", WorkspaceOptions.SupportedCultures)}.");
        }
        if (options.TargetLanguages.FirstOrDefault(language => !WorkspaceOptions.SupportedCultures.Contains(language) || language == options.DocumentCulture) is { } target)
        {
            return ValidateOptionsResult.Fail(
                $"Workspace:TranslationLanguages has '{target}'; use languages the workspace speaks ({string.Join(", ", WorkspaceOptions.SupportedCultures)}) other than Workspace:DocumentCulture.");
        }
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _))
        {
            return ValidateOptionsResult.Fail($"Workspace:TimeZone '{options.TimeZone}' is not a known time zone (e.g. Europe/Kyiv).");
        }
        if (string.IsNullOrWhiteSpace(options.InitialAdministratorEmail) != string.IsNullOrWhiteSpace(options.InitialAdministratorPassword))
        {
            return ValidateOptionsResult.Fail(
                "Workspace:InitialAdministratorEmail and Workspace:InitialAdministratorPassword must be set together.");
        }
        if (options.ProposalsPerHour < 1)
        {
            return ValidateOptionsResult.Fail($"Workspace:ProposalsPerHour is {options.ProposalsPerHour}; it must be at least 1.");
        }
        if (options.TrustedProxies.FirstOrDefault(entry => !WorkspaceOptions.TryParseProxy(entry, out _, out _)) is { } wrong)
        {
            return ValidateOptionsResult.Fail(
                $"Workspace:TrustedProxies has '{wrong}'; use addresses (10.0.0.5) or networks (10.0.0.0/8).");
        }
        return ValidateOptionsResult.Success;
    }
}
