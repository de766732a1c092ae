using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StrategyWorkspace.Data;
using StrategyWorkspace.Hosting;

namespace StrategyWorkspace.Features.Translations;

/// <summary>A translation as read beside one source version: its text, which source version it translates, and so its standing.</summary>
public sealed record TranslatedText(
    string Language, int Number, int SourceVersionNumber, string Title, string Body, string Author, DateTimeOffset At, TranslationStanding Standing)
{
    public bool IsCurrent => Standing == TranslationStanding.Current;
}

/// <summary>How the item's text stands in one target language against its newest source version, and whether the reader may translate it.</summary>
public sealed record LanguageStanding(string Language, TranslationStanding Standing, int? TranslatesVersion, bool CanTranslate);

/// <summary>One item on the translations list: where its newest text stands in each target language, and whether the reader may translate it.</summary>
public sealed record TranslationWork(
    int ItemId, ItemNumber Number, ItemKind Kind, string Title, string GroupName, int LatestVersion, IReadOnlyList<LanguageStanding> Languages)
{
    /// <summary>Missing or outdated in some language: work for a translator.</summary>
    public bool IsWaiting => Languages.Any(l => l.Standing != TranslationStanding.Current);
}

/// <summary>
/// What the translation editor shows: the newest source beside the newest translation, and, when that translation is outdated,
/// the source it translated, for the diff of what changed since.
/// </summary>
public sealed record TranslationDesk(
    int ItemId, ItemNumber Number, string Language, VersionContent Source, TranslatedText? Translation, VersionContent? TranslatedSource, bool CanTranslate)
{
    /// <summary>The translation the next save is made on: 0 for the first.</summary>
    public int BaseNumber => Translation?.Number ?? 0;
}

/// <summary>
/// Translations of items and committee sections into the committee's target languages (settings: <c>Workspace:TranslationLanguages</c>),
/// beside the source in the strategy's language. The owning group's members, translators (of any group) and the administrator write
/// them; everyone signed in reads them.
/// </summary>
internal sealed class TranslationService(
    IDbContextFactory<WorkspaceDbContext> contextFactory,
    DatabaseWriteGate writeGate,
    CommitteeClock clock,
    IOptions<WorkspaceOptions> options)
{
    /// <summary>The languages the committee translates into.</summary>
    public IReadOnlyList<string> Languages => options.Value.TargetLanguages;

    /// <summary>The strategy's own language, the source of every translation.</summary>
    public string SourceLanguage => options.Value.DocumentCulture;

    /// <summary>The reader's interface language when the committee translates into it: the language a translation is read in; else null.</summary>
    public string? ReaderLanguage => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName is var language && Languages.Contains(language) ? language : null;

    public async Task<TranslationDesk> GetDeskAsync(string? actorId, int itemId, string language, CancellationToken cancellationToken = default)
    {
        RequireTarget(language);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        var item = await ItemAsync(db, itemId, cancellationToken);
        var source = await ItemReader.VersionAsync(db, itemId, item.LatestVersionNumber, cancellationToken);
        var newest = await db.Translations.AsNoTracking().Include(t => t.Author)
            .Where(t => t.ItemId == itemId && t.Language == language).OrderByDescending(t => t.Number).FirstOrDefaultAsync(cancellationToken);
        var translated = newest is null ? null
            : newest.SourceVersionNumber == source.Number ? source
            : await ItemReader.VersionAsync(db, itemId, newest.SourceVersionNumber, cancellationToken);
        return new TranslationDesk(itemId, item.Number, language, source,
            newest is null ? null : View(newest, Translation.StandingOf((translated!.Title, translated.Body), (source.Title, source.Body))),
            translated, await CanTranslateAsync(db, actorId, item.GroupId, cancellationToken));
    }

    /// <summary>
    /// Saves the next translation of the item into <paramref name="language"/>, of its newest source version, on top of translation
    /// <paramref name="baseNumber"/> (0 for the first). One saved by someone else meanwhile is not overwritten: refused, the page keeps the text.
    /// </summary>
    public async Task<int> SaveAsync(string? actorId, int itemId, string language, int baseNumber, string? title, string? body, string? changeNote,
        CancellationToken cancellationToken = default)
    {
        RequireTarget(language);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var item = await ItemAsync(db, itemId, cancellationToken);
        var actor = await Rights.RequireAsync(db, actorId, await CanTranslateAsync(db, actorId, item.GroupId, cancellationToken), "Translations_NotYours", cancellationToken);
        var translation = Translation.Write(itemId, language, baseNumber + 1, item.LatestVersionNumber, title, body, changeNote, actor.Id, clock.GetUtcNow());
        var newest = await db.Translations.AsNoTracking().Where(t => t.ItemId == itemId && t.Language == language)
            .OrderByDescending(t => t.Number).Select(t => new { t.Number, t.SourceVersionNumber, t.Title, t.Body }).FirstOrDefaultAsync(cancellationToken);
        if ((newest?.Number ?? 0) != baseNumber)
        {
            throw new StaleDataException("Translations_SavedMeanwhile");
        }
        if (newest is not null && newest.SourceVersionNumber == translation.SourceVersionNumber && newest.Title == translation.Title && newest.Body == translation.Body)
        {
            return newest.Number;
        }
        db.Translations.Add(translation);
        db.Activity.Add(new ActivityEntry(ActivityKind.Translated, actor.Id, translation.CreatedAt, item.GroupId, itemId, translation.SourceVersionNumber,
            $"{language}: {translation.ChangeNote}".TrimEnd(' ', ':')));
        try
        {
            await writeGate.SaveAsync(db, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique number: another translator saved the same next version first.
            throw new StaleDataException("Translations_SavedMeanwhile");
        }
        return translation.Number;
    }

    /// <summary>The translation to read beside source version <paramref name="versionNumber"/>, with its standing against it; null if none.</summary>
    public async Task<TranslatedText?> ForVersionAsync(string? actorId, int itemId, int versionNumber, string language, CancellationToken cancellationToken = default)
    {
        if (!Languages.Contains(language))
        {
            return null;
        }
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        // Read beside a version: the newest translation made of it or of an earlier one (one of a later version is not its text).
        var translation = await db.Translations.AsNoTracking().Include(t => t.Author)
            .Where(t => t.ItemId == itemId && t.Language == language && t.SourceVersionNumber <= versionNumber)
            .OrderByDescending(t => t.Number).FirstOrDefaultAsync(cancellationToken);
        if (translation is null)
        {
            return null;
        }
        var texts = await db.ItemVersions.AsNoTracking()
            .Where(v => v.ItemId == itemId && (v.Number == versionNumber || v.Number == translation.SourceVersionNumber))
            .ToDictionaryAsync(v => v.Number, v => (v.Title, v.Body), cancellationToken);
        return texts.TryGetValue(versionNumber, out var shown)
            ? View(translation, Translation.StandingOf(texts[translation.SourceVersionNumber], shown))
            : null;
    }

    /// <summary>The item's standing in each target language against its newest source version.</summary>
    public async Task<IReadOnlyList<LanguageStanding>> StandingsAsync(string? actorId, int itemId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        var item = await ItemAsync(db, itemId, cancellationToken);
        var canTranslate = await CanTranslateAsync(db, actorId, item.GroupId, cancellationToken);
        var newest = await NewestTranslationsAsync(db, db.Items.Where(i => i.Id == itemId), cancellationToken);
        return Standings(itemId, newest, canTranslate);
    }

    /// <summary>
    /// Every item and committee section of the open groups with its standing in each target language, in the document's order:
    /// the translators' list of what waits (missing or outdated) and of what is done.
    /// </summary>
    public async Task<IReadOnlyList<TranslationWork>> WorklistAsync(string? actorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        var anyGroup = await IsTranslatorAsync(db, actorId, cancellationToken);
        var editable = (await GroupRights.EditableGroupIds(db, actorId).ToListAsync(cancellationToken)).ToHashSet();
        var open = db.Items.Where(item => !item.WorkingGroup!.IsArchived);
        var items = await (
                from item in open.AsNoTracking()
                join latest in db.ItemVersions on new { ItemId = item.Id, Number = item.LatestVersionNumber } equals new { latest.ItemId, latest.Number }
                select new
                {
                    item.Id, item.Kind, item.Position, item.WorkingGroupId, GroupPosition = item.WorkingGroup!.Position, GroupName = item.WorkingGroup.Name,
                    item.LatestVersionNumber, latest.Title,
                })
            .ToListAsync(cancellationToken);
        var newest = await NewestTranslationsAsync(db, open, cancellationToken);
        return items
            .OrderBy(i => i.GroupPosition).ThenBy(i => i.Kind).ThenBy(i => i.Position)
            .Select(i => new TranslationWork(i.Id, new ItemNumber(i.GroupPosition, i.Kind, i.Position), i.Kind, i.Title, i.GroupName, i.LatestVersionNumber,
                Standings(i.Id, newest, anyGroup || editable.Contains(i.WorkingGroupId))))
            .ToList();
    }

    /// <summary>The item's standing in each target language, from the newest translations read by <see cref="NewestTranslationsAsync"/>.</summary>
    private List<LanguageStanding> Standings(int itemId, IReadOnlyDictionary<(int ItemId, string Language), NewestTranslation> newest, bool canTranslate) =>
        Languages.Select(language => newest.TryGetValue((itemId, language), out var t)
                ? new LanguageStanding(language, t.IsCurrent ? TranslationStanding.Current : TranslationStanding.Outdated, t.SourceVersionNumber, canTranslate)
                : new LanguageStanding(language, TranslationStanding.Missing, null, canTranslate))
            .ToList();

    private sealed record NewestTranslation(int Number, int SourceVersionNumber, bool IsCurrent);

    /// <summary>
    /// The newest translation of each of <paramref name="items"/> in each target language, and whether the source it translated is the
    /// item's newest text (<see cref="Translation.StandingOf"/>'s rule, asked of the database: no text comes back, only the answer).
    /// </summary>
    private async Task<Dictionary<(int ItemId, string Language), NewestTranslation>> NewestTranslationsAsync(WorkspaceDbContext db, IQueryable<Item> items,
        CancellationToken cancellationToken)
    {
        var languages = Languages.ToList();
        var translations = await (
                from translation in db.Translations.AsNoTracking()
                where languages.Contains(translation.Language)
                join item in items on translation.ItemId equals item.Id
                join translated in db.ItemVersions on new { translation.ItemId, Number = translation.SourceVersionNumber }
                    equals new { translated.ItemId, translated.Number }
                join latest in db.ItemVersions on new { translation.ItemId, Number = item.LatestVersionNumber } equals new { latest.ItemId, latest.Number }
                select new
                {
                    translation.ItemId, translation.Language, translation.Number, translation.SourceVersionNumber,
                    IsCurrent = translated.Title == latest.Title && translated.Body == latest.Body,
                })
            .ToListAsync(cancellationToken);
        return translations.GroupBy(t => (t.ItemId, t.Language))
            .ToDictionary(g => g.Key, g => g.MaxBy(t => t.Number) is var t ? new NewestTranslation(t!.Number, t.SourceVersionNumber, t.IsCurrent) : null!);
    }

    private void RequireTarget(string language)
    {
        if (!Languages.Contains(language))
        {
            throw new NotFoundException("Translations_UnknownLanguage");
        }
    }

    /// <summary>The group's members and the administrator (who may edit the item), and translators, of any group.</summary>
    private static async Task<bool> CanTranslateAsync(WorkspaceDbContext db, string? actorId, int groupId, CancellationToken cancellationToken) =>
        await GroupRights.CanEditAsync(db, actorId, groupId, cancellationToken) || await IsTranslatorAsync(db, actorId, cancellationToken);

    /// <summary>An enabled account holding the translator's role, which translates any group's items.</summary>
    private static async Task<bool> IsTranslatorAsync(WorkspaceDbContext db, string? actorId, CancellationToken cancellationToken) =>
        (await Rights.RolesOfAsync(db, actorId, cancellationToken)).Contains(WorkspaceRoles.Translator)
        && await db.Users.AnyAsync(u => u.Id == actorId && !u.IsDisabled, cancellationToken);

    private static async Task<(int GroupId, int LatestVersionNumber, ItemNumber Number)> ItemAsync(WorkspaceDbContext db, int itemId, CancellationToken cancellationToken)
    {
        var item = await db.Items.AsNoTracking().Where(i => i.Id == itemId)
                .Select(i => new { i.WorkingGroupId, i.LatestVersionNumber, GroupPosition = i.WorkingGroup!.Position, i.Kind, i.Position })
                .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Items_NotFound");
        return (item.WorkingGroupId, item.LatestVersionNumber, new ItemNumber(item.GroupPosition, item.Kind, item.Position));
    }

    private static TranslatedText View(Translation translation, TranslationStanding standing) => new(
        translation.Language, translation.Number, translation.SourceVersionNumber, translation.Title, translation.Body,
        translation.Author?.DisplayName ?? "", translation.CreatedAt, standing);
}
