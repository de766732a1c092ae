using MudBlazor;

namespace StrategyWorkspace.Components.Shared;

internal static class DialogSaving
{
    /// <summary>
    /// While a dialog saves, neither Escape nor its close button closes it: the outcome (a message, a field's
    /// error) would be lost with it. Every other time Escape closes it, as the close button says.
    /// </summary>
    public static Task HoldOpenAsync(this IMudDialogInstance dialog, bool whileSaving) =>
        dialog.SetOptionsAsync(dialog.Options with { CloseOnEscapeKey = !whileSaving, CloseButton = !whileSaving });
}
