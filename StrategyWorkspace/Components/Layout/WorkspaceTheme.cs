using MudBlazor;

namespace StrategyWorkspace.Components.Layout;

internal static class WorkspaceTheme
{
    // Blue and yellow of the oblast's flag, darkened enough for AA contrast on white text.
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0b4f9c",
            Secondary = "#8a6d00",
            AppbarBackground = "#0b4f9c",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#8ab4f8",
            Secondary = "#f2c94c",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica", "Arial", "sans-serif"] },
        },
    };
}
