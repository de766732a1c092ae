using System.Diagnostics.CodeAnalysis;

namespace StrategyWorkspace.Infrastructure;

/// <summary>Addresses the app may send a person back to: its own pages, never another site.</summary>
internal static class LocalUrls
{
    /// <summary>A path on this site; "//host/…" and "/\host/…" lead off it, browsers read both as another host.</summary>
    public static bool IsLocal([NotNullWhen(true)] string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/')
        && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
        // Browsers drop tabs and line breaks from an address: "/\t/host" is "//host" to them.
        && !url.Any(char.IsControl);

    /// <summary>
    /// The path on this site that <paramref name="url"/> names (relative, or absolute on <paramref name="baseUri"/>),
    /// without the leading slash as <see cref="Microsoft.AspNetCore.Components.NavigationManager"/> takes it;
    /// "" (the dashboard) for anything else: another host, another scheme, "javascript:", a malformed address.
    /// </summary>
    public static string PathOnThisSite(string? url, string baseUri)
    {
        // A backslash is read as a slash by browsers but not always by Uri: no address of ours has one.
        if (string.IsNullOrWhiteSpace(url) || url.Any(c => char.IsControl(c) || c == '\\') || !Uri.TryCreate(baseUri, UriKind.Absolute, out var site)
            || !Uri.TryCreate(site, url, out var target))
        {
            return "";
        }
        var sameSite = target.Scheme == site.Scheme
            && string.Equals(target.Authority, site.Authority, StringComparison.OrdinalIgnoreCase)
            && target.AbsolutePath.StartsWith(site.AbsolutePath, StringComparison.Ordinal);
        return sameSite ? target.PathAndQuery[site.AbsolutePath.Length..] + target.Fragment : "";
    }
}
