using System.Globalization;
using System.Resources;
using System.Runtime.CompilerServices;
using StrategyWorkspace.Resources;

namespace StrategyWorkspace.Infrastructure;

/// <summary>
/// Validation messages for DataAnnotations (<c>ErrorMessageResourceType = typeof(ValidationText)</c>):
/// the attributes need static properties, so they read the shared resources in the current UI culture.
/// </summary>
internal static class ValidationText
{
    private static readonly ResourceManager Resources =
        new("StrategyWorkspace.Resources.SharedResource", typeof(SharedResource).Assembly);

    public static string Required => Get();
    public static string MaxLength => Get();
    public static string Email => Get();
    public static string Horizon => Get();
    public static string PasswordLength => Get();
    public static string PasswordsDiffer => Get();
    public static string ConsentRequired => Get();

    private static string Get([CallerMemberName] string name = "") =>
        Resources.GetString($"Validation_{name}", CultureInfo.CurrentUICulture) ?? name;
}
