using System.Diagnostics.CodeAnalysis;

namespace StrategyWorkspace.Features.Shared;

/// <summary>Addresses the app may send a person back to: its own pages, never another site.</summary>
public static class LocalUrls
{
    /// <summary>A path on this site; "//host/…" and "/\host/…" lead off it, browsers read both as another host.</summary>
    public static bool IsLocal([NotNullWhen(true)] string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/')
        && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
}
