using Microsoft.Extensions.Localization;

namespace StrategyWorkspace.Features.Consolidation;

/// <summary>
/// The line an edition read in a target language puts before an item whose translation is missing or outdated, saying that the
/// source text follows: the same words on the web page, the print page and in the Word and Markdown files.
/// </summary>
internal static class EditionTranslationNote
{
    /// <summary>The note, in the localizer's (the document's) language; none for a current translation or an edition in its own language.</summary>
    public static string? Describe(IStringLocalizer localizer, EditionItemLanguage? language) => language switch
    {
        null or { Standing: TranslationStanding.Current } => null,
        { Standing: TranslationStanding.Missing } => localizer["Translations_EditionMissing",
            localizer[$"Translations_LanguageName_{language.Language}"], localizer[$"Translations_LanguageName_{language.SourceLanguage}"]].Value,
        _ => localizer["Translations_EditionOutdated",
            localizer[$"Translations_LanguageName_{language.Language}"], localizer[$"Translations_LanguageName_{language.SourceLanguage}"],
            language.TranslatesVersion ?? 0].Value,
    };
}
