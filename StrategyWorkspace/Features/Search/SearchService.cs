using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;

namespace StrategyWorkspace.Features.Search;

/// <summary>
/// One search over the workspace: items and their versions (title and text, with the version's number), the committee's
/// sections, reviewers' comments, and the public's proposals with their answers — through the database's full-text index
/// (<see cref="SearchIndex"/>), best matches first, with the matched words marked. Rights as everywhere: anyone signed in reads
/// items and comments; proposals awaiting moderation or rejected only the chair and the administrator; a visitor on the
/// public pages finds only the consulted edition's text and the published proposals.
/// </summary>
internal sealed class SearchService(IDbContextFactory<WorkspaceDbContext> contextFactory, CommitteeClock clock)
{
    /// <summary>How many items, comments and proposals one search shows at most.</summary>
    public const int ShownPerKind = 30;

    /// <summary>
    /// Versions asked of the index. An item's versions mostly share their words, so each match may be one of fifty of the same item:
    /// enough are asked (only their ids) to make <see cref="ShownPerKind"/> items, and only the best version of each is then read.
    /// </summary>
    private const int VersionsAsked = 1500;

    public async Task<SearchResults> SearchAsync(string? actorId, string? query, SearchFilters filters, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // Signed in and whether a moderator, in one question: every query counts in a search typed into the app bar.
        var moderator = await Rights.RequireSignedInHoldingAsync(db, actorId, WorkspaceRoles.ChairOrAdministrator, cancellationToken);
        if (SearchTerms.Number(query) is { } number && await ItemByNumberAsync(db, number, cancellationToken) is { } itemId)
        {
            return SearchResults.Empty(query) with { JumpTo = itemId };
        }
        var terms = SearchTerms.Of(query);
        if (terms.Count == 0)
        {
            return SearchResults.Empty(query);
        }
        var scope = new SearchIndex.Scope(filters.GroupId, filters.Kind, filters.State, AllProposals: moderator, OnlyEditionId: null,
            Since: filters.From is { } from ? clock.StartOf(from.ToDateTime(TimeOnly.MinValue)) : null,
            Before: filters.To is { } to ? clock.StartOf(to.AddDays(1).ToDateTime(TimeOnly.MinValue)) : null);
        return new SearchResults(query ?? "", terms,
            await ItemsAsync(db, terms, scope, cancellationToken),
            filters.State is null ? await CommentsAsync(db, terms, scope, cancellationToken) : [],
            filters.State is null ? await ProposalsAsync(db, terms, scope, cancellationToken) : [],
            null);
    }

    /// <summary>A visitor's search on the public pages: the text of the edition under consultation and the published proposals with their answers.</summary>
    public async Task<SearchResults> SearchPublicAsync(string? query, CancellationToken cancellationToken = default)
    {
        var terms = SearchTerms.Of(query);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var consulted = await db.Consultations.OrderByDescending(c => c.OpenedAt)
            .Join(db.Editions, c => c.EditionNumber, e => e.Number, (c, e) => (int?)e.Id).FirstOrDefaultAsync(cancellationToken);
        if (terms.Count == 0 || consulted is null)
        {
            return SearchResults.Empty(query);
        }
        var scope = new SearchIndex.Scope(null, null, null, AllProposals: false, OnlyEditionId: consulted);
        return new SearchResults(query ?? "", terms, await ItemsAsync(db, terms, scope, cancellationToken), [],
            await ProposalsAsync(db, terms, scope, cancellationToken), null);
    }

    private static async Task<int?> ItemByNumberAsync(WorkspaceDbContext db, (int Group, int Kind, int Position) number, CancellationToken cancellationToken) =>
        await db.Items.Where(i => i.WorkingGroup!.Position == number.Group && !i.WorkingGroup.IsCommittee && (int)i.Kind == number.Kind && i.Position == number.Position)
            .Select(i => (int?)i.Id).FirstOrDefaultAsync(cancellationToken);

    private static async Task<IReadOnlyList<ItemHit>> ItemsAsync(WorkspaceDbContext db, IReadOnlyList<string> terms, SearchIndex.Scope scope,
        CancellationToken cancellationToken)
    {
        var matches = await SearchIndex.VersionsAsync(db, terms, scope, VersionsAsked, cancellationToken);
        // Best first: an item is as good as its best version, which is the one shown.
        if (matches.Count == 0)
        {
            return [];
        }
        var items = matches.GroupBy(m => m.ItemId).Take(ShownPerKind).ToList();
        var bestIds = items.Select(item => item.First().Id).ToList();
        var best = await db.ItemVersions.AsNoTracking().Where(v => bestIds.Contains(v.Id))
            .Select(v => new
            {
                v.Id, v.ItemId, v.Number, v.Title, v.Body, v.Item!.Kind, v.Item.Position, v.Item.LatestVersionNumber,
                GroupPosition = v.Item.WorkingGroup!.Position, GroupName = v.Item.WorkingGroup.Name,
            })
            .ToDictionaryAsync(v => v.Id, cancellationToken);
        return items.Select(item =>
            {
                var version = best[item.First().Id];
                return new ItemHit(version.ItemId, new ItemNumber(version.GroupPosition, version.Kind, version.Position), version.GroupName, version.Kind,
                    Marked.Words(version.Title, terms), Marked.Snippet(version.Body, terms), version.Number, version.Number == version.LatestVersionNumber,
                    item.Select(m => new VersionHit(m.Number, m.State)).OrderByDescending(v => v.Number).ToList());
            })
            .ToList();
    }

    private static async Task<IReadOnlyList<CommentHit>> CommentsAsync(WorkspaceDbContext db, IReadOnlyList<string> terms, SearchIndex.Scope scope,
        CancellationToken cancellationToken)
    {
        var hits = await SearchIndex.CommentsAsync(db, terms, scope, ShownPerKind * 2, cancellationToken);
        if (hits.Count == 0)
        {
            return [];
        }
        var ids = hits.Select(h => h.Id).ToList();
        var comments = (await db.ReviewComments.AsNoTracking().Where(c => ids.Contains(c.Id))
                .Select(c => new
                {
                    c.Id, c.ItemId, c.VersionNumber, c.Text, c.At, Author = c.Author!.DisplayName,
                    Item = db.Items.Where(i => i.Id == c.ItemId).Select(i => new
                    {
                        i.Kind, i.Position, GroupPosition = i.WorkingGroup!.Position,
                        Title = i.Versions.Where(v => v.Number == i.LatestVersionNumber).Select(v => v.Title).First(),
                    }).First(),
                })
                .ToListAsync(cancellationToken))
            .ToDictionary(c => c.Id);
        return hits.Where(h => comments.ContainsKey(h.Id)).Select(h => comments[h.Id]).Take(ShownPerKind)
            .Select(c => new CommentHit(c.Id, c.ItemId, new ItemNumber(c.Item.GroupPosition, c.Item.Kind, c.Item.Position), c.Item.Title, c.VersionNumber,
                c.Author, c.At, Marked.Snippet(c.Text, terms)))
            .ToList();
    }

    private static async Task<IReadOnlyList<ProposalHit>> ProposalsAsync(WorkspaceDbContext db, IReadOnlyList<string> terms, SearchIndex.Scope scope,
        CancellationToken cancellationToken)
    {
        var hits = await SearchIndex.ProposalsAsync(db, terms, scope, ShownPerKind * 2, cancellationToken);
        if (hits.Count == 0)
        {
            return [];
        }
        var ids = hits.Select(h => h.Id).ToList();
        var proposals = (await db.Proposals.AsNoTracking().Where(p => ids.Contains(p.Id))
                .Select(p => new { p.Id, p.Reference, p.Text, p.AnswerText, p.Outcome, p.State, p.SubmittedAt, p.ItemId })
                .ToListAsync(cancellationToken))
            .ToDictionary(p => p.Id);
        return hits.Where(h => proposals.ContainsKey(h.Id)).Select(h => proposals[h.Id]).Take(ShownPerKind)
            .Select(p => new ProposalHit(p.Id, p.Reference, p.State, p.Outcome, p.SubmittedAt, p.ItemId, Marked.Snippet(p.Text, terms),
                p.AnswerText is { Length: > 0 } answer ? Marked.Snippet(answer, terms) : null))
            .ToList();
    }
}

/// <summary>The filters a search may have: a group, a kind, a version's state, the days (in the committee's time zone) it was written.</summary>
public sealed record SearchFilters(int? GroupId = null, ItemKind? Kind = null, RevisionState? State = null, DateOnly? From = null, DateOnly? To = null);

/// <summary>What a search found, best first in each kind; or the item its number names, to go straight to.</summary>
public sealed record SearchResults(string Query, IReadOnlyList<string> Terms, IReadOnlyList<ItemHit> Items, IReadOnlyList<CommentHit> Comments,
    IReadOnlyList<ProposalHit> Proposals, int? JumpTo)
{
    public static SearchResults Empty(string? query) => new(query ?? "", [], [], [], [], null);

    public bool IsEmpty => Items.Count == 0 && Comments.Count == 0 && Proposals.Count == 0;
}

/// <summary>An item found by one or more of its versions: the best one's title and passage, and every matching version.</summary>
public sealed record ItemHit(int ItemId, ItemNumber Number, string GroupName, ItemKind Kind, Marked Title, Marked Snippet, int BestVersion,
    bool BestIsLatest, IReadOnlyList<VersionHit> Versions);

public sealed record VersionHit(int Number, RevisionState State);

public sealed record CommentHit(int Id, int ItemId, ItemNumber Number, string ItemTitle, int VersionNumber, string Author, DateTimeOffset At, Marked Snippet);

public sealed record ProposalHit(int Id, string Reference, ProposalState State, ProposalOutcome? Outcome, DateTimeOffset At, int? ItemId, Marked Snippet, Marked? Answer);
