using System.Globalization;

namespace StrategyWorkspace.Features.Export;

/// <summary>
/// An official document is written in the strategy's language (<c>Workspace:DocumentCulture</c>), not in the
/// interface language of whoever downloads it: for as long as this lives, every word and date the export
/// looks up is in that language. The person's own language comes back on dispose.
/// </summary>
internal sealed class DocumentLanguage : IDisposable
{
    private readonly CultureInfo culture;
    private readonly CultureInfo uiCulture;

    private DocumentLanguage(string documentCulture)
    {
        culture = CultureInfo.CurrentCulture;
        uiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Localization.WorkspaceCultures.Get(documentCulture);
    }

    public static DocumentLanguage Use(string documentCulture) => new(documentCulture);

    public void Dispose()
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
    }
}
