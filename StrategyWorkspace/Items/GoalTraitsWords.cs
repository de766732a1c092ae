using System.Globalization;
using Microsoft.Extensions.Localization;

namespace StrategyWorkspace.Items;

/// <summary>
/// A goal's traits as one line of words ("Operational goal · Serves the strategic goal 1.3.1. … · Priority 1 · Condition: …"),
/// so the diff and every export say a goal the same way.
/// </summary>
internal static class GoalTraitsWords
{
    /// <param name="serves">The goal an operational goal serves, as "1.3.1. Title", where it is known.</param>
    /// <param name="sayNoPriority">Whether a goal without a priority says so (a diff shows the priority taken away).</param>
    public static string Describe(IStringLocalizer localizer, GoalTraits goal, string? serves, CultureInfo culture, bool sayNoPriority = false) =>
        string.Join(" · ", new[]
        {
            localizer[$"Goal_Level_{goal.Level}"].Value,
            serves is null ? null : $"{localizer["Goal_ServesShown"]} {serves}",
            goal.Priority is { } priority ? localizer["Goal_PriorityValue", priority].Value : sayNoPriority ? localizer["Goal_NoPriority"].Value : null,
            goal.Condition is { } condition
                ? localizer["Goal_ConditionShown", condition].Value
                    + (goal.ConditionExpectedOn is { } on ? $" ({localizer["Goal_ExpectedBy", on.ToString("d", culture)]})" : "")
                : null,
        }.Where(part => part is not null));
}
