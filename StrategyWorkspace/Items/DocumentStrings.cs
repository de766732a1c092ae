using System.Globalization;
using System.Resources;
using StrategyWorkspace.Resources;

namespace StrategyWorkspace.Items;

/// <summary>
/// Words written into the committee's own text, in the strategy's language whoever asks: a committee section's
/// title until its drafters write their own ("Соціально-економічний аналіз"), the note on a text the workspace moved.
/// </summary>
internal static class DocumentStrings
{
    private static readonly ResourceManager Resources = new(typeof(SharedResource).FullName!, typeof(SharedResource).Assembly);

    public static string Get(string key, string documentCulture) =>
        Resources.GetString(key, CultureInfo.GetCultureInfo(documentCulture)) ?? key;

    public static string SectionTitle(ItemKind kind, string documentCulture) => Get($"Section_{kind}_Title", documentCulture);
}
