using MudBlazor;

namespace StrategyWorkspace.Components.Layout;

internal static class WorkspaceTheme
{
    // Blue and yellow of the oblast's flag, darkened enough for AA contrast on white text. Every state
    // colour (chips, alerts, outlined buttons) reaches 4.5:1 as text on the page's background and as the
    // background of its contrast text: MudBlazor's own (#00c853 green, #2196f3 blue) do not (axe-core found them).
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0b4f9c",
            Secondary = "#7a5f00",
            AppbarBackground = "#0b4f9c",
            Success = "#1b6b2a",
            Info = "#0b5cad",
            Warning = "#8a4b00",
            Error = "#b3261e",
            TextSecondary = "rgba(0,0,0,0.68)",
            ActionDisabled = "rgba(0,0,0,0.45)",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#8ab4f8",
            PrimaryContrastText = "#0b1a30",
            Secondary = "#f2c94c",
            SecondaryContrastText = "#1f1600",
            Success = "#81c995",
            SuccessContrastText = "#0c2612",
            Info = "#8ab4f8",
            InfoContrastText = "#0b1a30",
            Warning = "#fdd663",
            WarningContrastText = "#2a1f00",
            Error = "#f28b82",
            ErrorContrastText = "#2b0a07",
            // Text alerts write in the "darken" shade: on a dark page it must be the lighter one.
            InfoDarken = "#aecbfa",
            SuccessDarken = "#a8dab5",
            WarningDarken = "#fde293",
            ErrorDarken = "#f6aea9",
            TextSecondary = "rgba(255,255,255,0.78)",
            ActionDisabled = "rgba(255,255,255,0.55)",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica", "Arial", "sans-serif"] },
        },
    };
}
