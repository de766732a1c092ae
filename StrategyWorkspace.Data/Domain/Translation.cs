namespace StrategyWorkspace.Domain;

/// <summary>Where a translation stands against the source version it is read beside.</summary>
public enum TranslationStanding
{
    /// <summary>Nobody has translated the item (or not up to this version).</summary>
    Missing,

    /// <summary>It translates this version's text.</summary>
    Current,

    /// <summary>It translates an earlier text: the source changed since, and the changed sentences wait to be translated again.</summary>
    Outdated,
}

/// <summary>
/// One version of an item's (or a committee section's) text in a target language, beside its source (the strategy's own
/// language). Each save is a new version, as the source's are; it records which source version it translates, so a newer
/// source text marks it outdated wherever it shows, and its editor shows the source's diff since that version.
/// </summary>
public class Translation
{
    public const int MaxLanguageLength = 10;

    public int Id { get; set; }
    public int ItemId { get; set; }

    /// <summary>The target language's culture name, e.g. "en".</summary>
    public string Language { get; set; } = "";

    /// <summary>1, 2, … per item and language.</summary>
    public int Number { get; set; }

    /// <summary>The source version this text translates.</summary>
    public int SourceVersionNumber { get; set; }

    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public string? ChangeNote { get; set; }
    public string AuthorId { get; set; } = "";
    public ApplicationUser? Author { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// The next translation of the item into <paramref name="language"/>, of source version <paramref name="sourceVersion"/>;
    /// refused with the field and reason a person can act on.
    /// </summary>
    public static Translation Write(int itemId, string language, int number, int sourceVersion, string? title, string? body, string? changeNote,
        string authorId, DateTimeOffset now)
    {
        var cleanTitle = (title ?? "").Trim();
        if (cleanTitle.Length == 0)
        {
            throw new InvalidInputException(nameof(Title), "Translations_TitleRequired");
        }
        InvalidInputException.ThrowIfTooLong(nameof(Title), cleanTitle, Item.MaxTitleLength);
        var text = Item.NormalizeNewLines(body ?? "");
        InvalidInputException.ThrowIfTooLong(nameof(Body), text, Item.MaxBodyLength);
        var note = string.IsNullOrWhiteSpace(changeNote) ? null : changeNote.Trim();
        InvalidInputException.ThrowIfTooLong(nameof(ChangeNote), note, Item.MaxChangeNoteLength);
        return new Translation
        {
            ItemId = itemId, Language = language, Number = number, SourceVersionNumber = sourceVersion, Title = cleanTitle, Body = text,
            ChangeNote = note, AuthorId = authorId, CreatedAt = now,
        };
    }

    /// <summary>
    /// The rule of an outdated translation: it is current for a source version whose title and text are those it translated
    /// (a newer version that changed only a goal's traits or an indicator leaves it current), outdated for one whose title or
    /// text changed since; with no translation, missing.
    /// </summary>
    /// <param name="translatedSource">The title and text of the source version the translation translates; null when there is none.</param>
    /// <param name="shownSource">The title and text of the source version it is read beside.</param>
    public static TranslationStanding StandingOf((string Title, string Body)? translatedSource, (string Title, string Body) shownSource) =>
        translatedSource is not { } translated ? TranslationStanding.Missing
        : translated == shownSource ? TranslationStanding.Current
        : TranslationStanding.Outdated;
}
