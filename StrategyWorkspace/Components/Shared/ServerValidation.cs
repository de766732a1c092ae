using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using StrategyWorkspace.Resources;

namespace StrategyWorkspace.Components.Shared;

/// <summary>
/// Puts a rule the server enforced (a taken e-mail, a duplicate group name) on the form field
/// it concerns, beside the DataAnnotations messages, and clears it when that field changes.
/// </summary>
internal sealed class ServerValidation
{
    private readonly EditContext editContext;
    private readonly ValidationMessageStore messages;

    public ServerValidation(EditContext editContext)
    {
        this.editContext = editContext;
        messages = new ValidationMessageStore(editContext);
        editContext.OnFieldChanged += (_, e) =>
        {
            messages.Clear(e.FieldIdentifier);
            editContext.NotifyValidationStateChanged();
        };
        editContext.OnValidationRequested += (_, _) => messages.Clear();
    }

    /// <summary>Shows the message on its field; false when the error names no field of this form.</summary>
    public bool TryShow(InvalidInputException error, IStringLocalizer<SharedResource> localizer, params string[] fields)
    {
        if (!fields.Contains(error.Field))
        {
            return false;
        }
        messages.Add(editContext.Field(error.Field), localizer[error.MessageKey, error.Arguments]);
        editContext.NotifyValidationStateChanged();
        return true;
    }
}
