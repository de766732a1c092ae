using System.ComponentModel.DataAnnotations;

namespace StrategyWorkspace.Infrastructure;

/// <summary>Applies an input model's DataAnnotations on the server too: a form's checks can be bypassed.</summary>
internal static class InputRules
{
    public static void Enforce(object input)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true))
        {
            return;
        }
        var first = results[0];
        // The attribute has already formatted its message from the resources in the current
        // culture; the localizer returns a text it has no key for unchanged.
        throw new InvalidInputException(first.MemberNames.FirstOrDefault() ?? "", first.ErrorMessage ?? "Error_Invalid");
    }
}
