using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Hosting;

namespace StrategyWorkspace.Features.Consolidation;

/// <summary>
/// Reading the consolidated document: the list of editions, one edition's text, two editions
/// compared, and which editions hold an item. Anyone signed in; an edition never changes once merged.
/// An edition's text can be read in one of the committee's target languages (<see cref="EditionTranslations"/>).
/// </summary>
internal sealed class EditionReader(IDbContextFactory<WorkspaceDbContext> contextFactory, IOptions<WorkspaceOptions> options)
{
    /// <summary>The strategy's own language, an edition's.</summary>
    public string SourceLanguage => options.Value.DocumentCulture;

    /// <summary>The languages an edition can be read in besides its own, the strategy's.</summary>
    public IReadOnlyList<string> TargetLanguages => options.Value.TargetLanguages;

    /// <summary>
    /// <paramref name="language"/> when an edition can be read in it as a translation; null for the strategy's own language, none
    /// asked, or one the committee does not translate into (the edition is then read in its own).
    /// </summary>
    public string? TranslationLanguage(string? language) =>
        language is not null && options.Value.TargetLanguages.Contains(language) ? language : null;

    public async Task<IReadOnlyList<EditionSummary>> ListEditionsAsync(string? actorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        return await db.Editions.AsNoTracking().OrderByDescending(e => e.Number)
            .Select(e => new EditionSummary(e.Number, e.CreatedAt, e.MergedBy!.DisplayName, e.Note,
                e.AddedCount, e.ChangedCount, e.RemovedCount, db.EditionEntries.Count(x => x.EditionId == e.Id)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Whether the council adopted edition <paramref name="number"/>, and whether the reader may record that it did.</summary>
    public async Task<EditionAdoption> GetAdoptionAsync(string? actorId, int number, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        var adoption = await db.Editions.AsNoTracking().Where(e => e.Number == number).Select(e => new { e.AdoptedOn, e.AdoptionDecision })
            .FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Consolidation_EditionNotFound");
        var roles = await Rights.RolesOfAsync(db, actorId, cancellationToken);
        return new EditionAdoption(adoption.AdoptedOn, adoption.AdoptionDecision,
            adoption.AdoptedOn is null && roles.Any(r => r is WorkspaceRoles.Chair or WorkspaceRoles.Administrator));
    }

    /// <summary>
    /// The document of edition <paramref name="number"/>, or of the newest edition when null; null when there is none. In a
    /// target <paramref name="language"/>, its items read in their current translations (<see cref="EditionTranslations"/>).
    /// </summary>
    public async Task<EditionDocument?> GetDocumentAsync(string? actorId, int? number = null, string? language = null,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        return await ReadDocumentAsync(db, number, cancellationToken, language: TranslationLanguage(language), sourceLanguage: options.Value.DocumentCulture);
    }

    /// <summary>
    /// What edition <paramref name="number"/>'s implementation plan is made of (<see cref="ImplementationPlan.Of"/>): its goals, tasks
    /// and projects with their links, without their bodies. Null when there is no such edition.
    /// </summary>
    public async Task<EditionDocument?> GetPlanDocumentAsync(string? actorId, int number, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        return await ReadDocumentAsync(db, number, cancellationToken, planOnly: true);
    }

    /// <summary>
    /// The edition a consultation put before the public, for anyone without an account. An edition no
    /// consultation was opened on stays the committee's: null, as for one that does not exist.
    /// </summary>
    public async Task<EditionDocument?> GetConsultedDocumentAsync(int number, string? language = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Consultations.AnyAsync(c => c.EditionNumber == number, cancellationToken)
            ? await ReadDocumentAsync(db, number, cancellationToken, language: TranslationLanguage(language), sourceLanguage: options.Value.DocumentCulture)
            : null;
    }

    /// <summary>
    /// Edition <paramref name="to"/> against edition <paramref name="from"/> (0 = before the first
    /// edition): the items added, removed and changed, and the changelog of the versions that entered.
    /// </summary>
    public async Task<EditionComparison> CompareAsync(string? actorId, int from, int to, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        var fromId = await EditionTables.EditionIdAsync(db, from, cancellationToken);
        var toId = await EditionTables.EditionIdAsync(db, to, cancellationToken);

        var before = await EditionTables.EntryTexts(db, fromId).ToDictionaryAsync(t => t.ItemId, cancellationToken);
        var after = await EditionTables.EntryTexts(db, toId).ToDictionaryAsync(t => t.ItemId, cancellationToken);
        var changes = new List<ItemChange>();
        foreach (var id in before.Keys.Union(after.Keys))
        {
            var old = before.GetValueOrDefault(id);
            var now = after.GetValueOrDefault(id);
            if (old is not null && now is not null && old.VersionNumber == now.VersionNumber)
            {
                continue;
            }
            var kind = old is null ? ItemChangeKind.Added : now is null ? ItemChangeKind.Removed : ItemChangeKind.Changed;
            var place = (now ?? old)!.Placement;
            changes.Add(new ItemChange(id, kind, place.Number, place.Kind, place.GroupId, place.GroupPosition, place.GroupName,
                old?.VersionNumber, old?.Title ?? "", old?.Body ?? "", now?.VersionNumber, now?.Title ?? "", now?.Body ?? "", old?.Goal, now?.Goal,
                old?.Indicators, now?.Indicators, old?.Project, now?.Project));
        }
        changes = changes.OrderBy(c => c.GroupPosition).ThenBy(c => c.Kind).ThenBy(c => c.Number).ToList();

        var entered = changes.Where(c => c.NewVersion is not null).ToDictionary(c => c.ItemId);
        var enteredIds = entered.Keys.ToList();
        var versions = await db.ItemVersions.AsNoTracking().Where(v => enteredIds.Contains(v.ItemId))
            .Select(v => new { v.ItemId, v.Number, v.Title, Author = v.Author!.DisplayName, v.CreatedAt, v.ChangeNote, v.State, v.DecidedById, v.DecisionReason })
            .ToListAsync(cancellationToken);
        var changelog = versions
            .Where(v => v.Number > (entered[v.ItemId].OldVersion ?? 0) && v.Number <= entered[v.ItemId].NewVersion)
            .Select(v => new ChangelogEntry(v.ItemId, entered[v.ItemId].Number, v.Title, v.Number, v.Author, v.CreatedAt, v.ChangeNote,
                v.DecidedById is not null && v.State is RevisionState.Approved or RevisionState.Superseded ? v.DecisionReason : null))
            .OrderBy(e => changes.FindIndex(c => c.ItemId == e.ItemId)).ThenBy(e => e.VersionNumber)
            .ToList();

        var groups = changes.Select(c => (c.GroupId, c.GroupName, c.GroupPosition)).Distinct()
            .OrderBy(g => g.GroupPosition).Select(g => (g.GroupId, g.GroupName)).ToList();
        return new EditionComparison(from, to, changes, changelog, groups);
    }

    /// <summary>Which editions hold which versions of an item, for the item page.</summary>
    public async Task<ItemEditions> GetItemEditionsAsync(string? actorId, int itemId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        var item = await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId, cancellationToken)
            ?? throw new NotFoundException("Items_NotFound");
        var holdings = await (
                from entry in db.EditionEntries
                where entry.ItemId == itemId
                join edition in db.Editions on entry.EditionId equals edition.Id
                orderby edition.Number
                select new { edition.Number, entry.VersionNumber })
            .ToListAsync(cancellationToken);
        // Only what the current edition holds can be withdrawn from it; a withdrawn item can always come back.
        var canChange = await GroupRights.CanEditAsync(db, actorId, item.WorkingGroupId, cancellationToken)
            && (item.IsWithdrawnFromDocument || await EditionTables.InCurrentEditionAsync(db, itemId, cancellationToken));
        return new ItemEditions(holdings.Select(h => (h.Number, h.VersionNumber)).ToList(), item.IsWithdrawnFromDocument, canChange);
    }

    /// <summary>Reads an edition without checking who asks: the caller has done that.</summary>
    /// <param name="language">A target language to read the items in, or null for the source.</param>
    /// <param name="sourceLanguage">The strategy's language, which an untranslated item stays in.</param>
    internal static async Task<EditionDocument?> ReadDocumentAsync(WorkspaceDbContext db, int? number, CancellationToken cancellationToken, bool planOnly = false,
        string? language = null, string sourceLanguage = "")
    {
        var edition = await db.Editions.AsNoTracking()
            .Where(e => number == null || e.Number == number)
            .OrderByDescending(e => e.Number)
            .Select(e => new { e.Id, e.Number, e.CreatedAt, MergedBy = e.MergedBy!.DisplayName, e.Note, e.Title, e.Horizon, e.Vision })
            .FirstOrDefaultAsync(cancellationToken);
        if (edition is null)
        {
            return null;
        }

        // One query for all texts, however many items the edition holds.
        var texts = await EditionTables.EntryTexts(db, edition.Id, planOnly: planOnly).ToListAsync(cancellationToken);
        var links = await db.EditionLinks.AsNoTracking().Where(l => l.EditionId == edition.Id).ToListAsync(cancellationToken);
        var byId = texts.ToDictionary(t => t.ItemId);
        IReadOnlyList<EditionLinkView> Views(IEnumerable<int> ids) => ids.Where(byId.ContainsKey).Select(id => byId[id])
            .OrderBy(t => t.Placement.Number)
            .Select(t => new EditionLinkView(t.ItemId, t.Placement.Number, t.Title)).ToList();
        var linksTo = links.ToLookup(l => l.FromItemId, l => l.ToItemId);
        var linkedFrom = links.ToLookup(l => l.ToItemId, l => l.FromItemId);

        EditionItem Item(EntryText t) => new(t.ItemId, t.Placement.Kind, t.Placement.Number, t.VersionNumber, t.Title, t.Body,
            Views(linksTo[t.ItemId]), Views(linkedFrom[t.ItemId]), t.Goal,
            t.Goal?.ServesGoalId is { } served ? Views([served]).FirstOrDefault() : null, t.Indicators, t.Project);

        var sections = new CommitteeSections(texts.Where(t => t.Placement.Kind.IsSection())
            .OrderBy(t => ItemKinds.SectionKinds.ToList().IndexOf(t.Placement.Kind)).Select(Item).ToList());
        var groups = texts.Where(t => !t.Placement.Kind.IsSection())
            .GroupBy(t => (t.Placement.GroupPosition, t.Placement.GroupId, t.Placement.GroupName))
            .OrderBy(g => g.Key.GroupPosition)
            .Select(g => new EditionGroup(g.Key.GroupId, g.Key.GroupPosition, g.Key.GroupName,
                g.GroupBy(t => t.Placement.Kind).OrderBy(k => k.Key)
                    .Select(k => new EditionSection(k.Key, ItemNumber.SectionOf(g.Key.GroupPosition, k.Key),
                        k.OrderBy(t => t.Placement.Position).Select(Item).ToList()))
                    .ToList()))
            .ToList();
        var document = new EditionDocument(edition.Number, edition.CreatedAt, edition.MergedBy, edition.Note,
            edition.Title, edition.Horizon, edition.Vision, groups, sections);
        return language is null ? document : await EditionTranslations.TranslateAsync(db, edition.Id, document, language, sourceLanguage, cancellationToken);
    }
}
