using Microsoft.Extensions.Localization;

namespace StrategyWorkspace.Features.Monitoring;

/// <summary>How progress is said: a project's status, and a computed percentage ("45.5 %", or "no projects").</summary>
internal static class ProgressWords
{
    public static string Status(IStringLocalizer localizer, ProjectStatus status) => localizer[$"ProjectStatus_{status}"];

    public static string Computed(IStringLocalizer localizer, decimal? progress, System.Globalization.CultureInfo culture) =>
        progress is { } percent ? localizer["Progress_Computed", percent.ToString("0.#", culture)] : localizer["Progress_NoProjects"];

    /// <summary>A computed percentage in a table's cell: "45.5 %", or a dash with no projects to compute it from.</summary>
    public static string Percent(decimal? progress, System.Globalization.CultureInfo culture) =>
        progress is { } percent ? $"{percent.ToString("0.#", culture)} %" : "—";
}
