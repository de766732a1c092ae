using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StrategyWorkspace.Data;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Features.Notifications;
using StrategyWorkspace.Hosting;

namespace StrategyWorkspace.Features.Review;

/// <summary>A suggested edit as shown beside a version: its passage followed to that version as a comment's is.</summary>
public sealed record SuggestionView(
    int Id, int WrittenOnVersion, string Passage, SuggestionKind Kind, string Text, string Reason, string Author, DateTimeOffset At,
    SuggestionState State, string? DecidedBy, DateTimeOffset? DecidedAt, string? Decision, int? TakenInVersion, PassagePlace Place)
{
    public bool IsOpen => State == SuggestionState.Open;

    /// <summary>The passage as the version shown has it: the quoted words unless they were edited.</summary>
    public string PassageNow => Place.IsFound ? Place.Text : Passage;
}

/// <summary>The suggestions on an item as one version shows them, and what the reader may do with them.</summary>
public sealed record SuggestionsOnVersion(IReadOnlyList<SuggestionView> Suggestions, bool CanDecide)
{
    public static SuggestionsOnVersion None { get; } = new([], false);
}

/// <summary>A suggestion a member takes in, with their own wording when they changed it (null: as suggested).</summary>
public sealed record AcceptedSuggestion(int Id, string? ChangedText = null);

/// <summary>
/// Suggested edits: reviewers (experts, the chair, the administrator) suggest; the owning group's members take them into a new
/// version (several at once make one version, the authors credited in its change note) or decline them with a reason. Experts
/// still never save versions: the version is the member's.
/// </summary>
internal sealed class SuggestionService(
    IDbContextFactory<WorkspaceDbContext> contextFactory,
    DatabaseWriteGate writeGate,
    DraftingService drafting,
    NotificationService notifications,
    CommitteeClock clock,
    IOptions<WorkspaceOptions> options)
{
    public async Task<int> SuggestAsync(string? actorId, int itemId, int versionNumber, string passage, SuggestionKind kind, string? text, string? reason,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var actor = await Rights.RequireAnyRoleAsync(db, actorId, WorkspaceRoles.Reviewers, cancellationToken);
        var version = await db.ItemVersions.Where(v => v.ItemId == itemId && v.Number == versionNumber)
                .Select(v => new { v.Body, v.Item!.WorkingGroupId }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Items_UnknownVersion");
        var suggestion = Suggestion.On(itemId, versionNumber, version.Body, passage, kind, text, reason, actor.Id, clock.GetUtcNow());
        db.Suggestions.Add(suggestion);
        db.Activity.Add(new ActivityEntry(ActivityKind.Suggested, actor.Id, suggestion.At, version.WorkingGroupId, itemId, versionNumber,
            string.IsNullOrEmpty(suggestion.Reason) ? suggestion.Passage : suggestion.Reason));
        await writeGate.SaveAsync(db, cancellationToken);
        await notifications.NotifyAsync(NotificationKind.Suggested, itemId, versionNumber, actor, cancellationToken);
        return suggestion.Id;
    }

    /// <summary>Every suggestion on the item, newest first among the open ones, its passage followed to <paramref name="versionNumber"/>.</summary>
    public async Task<SuggestionsOnVersion> ListAsync(string? actorId, int itemId, int versionNumber, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireSignedInAsync(db, actorId, cancellationToken);
        var groupId = await db.Items.Where(i => i.Id == itemId).Select(i => (int?)i.WorkingGroupId).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Items_NotFound");
        var suggestions = await db.Suggestions.AsNoTracking().Where(s => s.ItemId == itemId)
            .OrderBy(s => s.State == SuggestionState.Open ? 0 : 1).ThenBy(s => s.At)
            .Select(s => new { Suggestion = s, Author = s.Author!.DisplayName, DecidedBy = s.DecidedBy!.DisplayName })
            .ToListAsync(cancellationToken);
        if (suggestions.Count == 0)
        {
            return SuggestionsOnVersion.None;
        }
        var canDecide = await GroupRights.CanEditAsync(db, actorId, groupId, cancellationToken);
        var bodies = await PassageTrail.BodiesAsync(db, itemId, suggestions.Select(s => (s.Suggestion.Passage, s.Suggestion.VersionNumber)).ToList(),
            versionNumber, cancellationToken);
        return new SuggestionsOnVersion(
            suggestions.Select(row => new SuggestionView(
                    row.Suggestion.Id, row.Suggestion.VersionNumber, row.Suggestion.Passage, row.Suggestion.Kind, row.Suggestion.Text, row.Suggestion.Reason,
                    row.Author, row.Suggestion.At, row.Suggestion.State, row.DecidedBy, row.Suggestion.DecidedAt, row.Suggestion.Decision,
                    row.Suggestion.TakenInVersion, PassageTrail.Follow(row.Suggestion.Passage, row.Suggestion.VersionNumber, versionNumber, bodies)))
                .ToList(),
            canDecide);
    }

    /// <summary>
    /// Takes the suggestions into one new version on top of the newest, each where its passage now stands (<see cref="SuggestedVersion"/>),
    /// their authors credited in the change note in the strategy's language; returns the version's number. A member of the group only.
    /// </summary>
    public async Task<int> AcceptAsync(string? actorId, int itemId, IReadOnlyList<AcceptedSuggestion> accepted, CancellationToken cancellationToken = default)
    {
        if (accepted.Count == 0)
        {
            throw new InvalidInputException(nameof(Suggestion), "Suggestions_NoneChosen");
        }
        var ids = accepted.Select(a => a.Id).Distinct().ToList();
        var changed = accepted.ToDictionary(a => a.Id, a => a.ChangedText);
        for (var attempt = 1; ; attempt++)
        {
            List<Suggestion> suggestions;
            DraftInput input;
            int groupId, newest;
            Actor member;
            await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
            {
                var item = await db.Items.AsNoTracking().Where(i => i.Id == itemId).Select(i => new { i.WorkingGroupId, i.LatestVersionNumber })
                        .FirstOrDefaultAsync(cancellationToken)
                    ?? throw new NotFoundException("Items_NotFound");
                member = await GroupRights.RequireCanEditAsync(db, actorId, item.WorkingGroupId, cancellationToken);
                (groupId, newest) = (item.WorkingGroupId, item.LatestVersionNumber);
                suggestions = await db.Suggestions.AsNoTracking().Include(s => s.Author).Where(s => s.ItemId == itemId && ids.Contains(s.Id))
                    .OrderBy(s => s.At).ToListAsync(cancellationToken);
                if (suggestions.Count != ids.Count)
                {
                    throw new NotFoundException("Suggestions_NotFound");
                }
                if (suggestions.Any(s => !s.IsOpen))
                {
                    throw new WorkspaceRuleException("Suggestions_AlreadyDecided");
                }
                var latest = await db.ItemVersions.AsNoTracking().FirstAsync(v => v.ItemId == itemId && v.Number == newest, cancellationToken);
                var bodies = await PassageTrail.BodiesAsync(db, itemId, suggestions.Select(s => (s.Passage, s.VersionNumber)).ToList(), newest, cancellationToken);
                var chosen = suggestions
                    .Select(s => new ChosenSuggestion(s, PassageTrail.Follow(s.Passage, s.VersionNumber, newest, bodies), changed[s.Id]))
                    .ToList();
                input = new DraftInput
                {
                    Title = latest.Title,
                    Body = SuggestedVersion.Compose(latest.Body, chosen, bodies),
                    ChangeNote = CreditNote(suggestions),
                    Goal = latest.Goal,
                    Indicators = latest.Indicators,
                    Project = latest.Project,
                };
            }
            var now = clock.GetUtcNow();
            var outcome = await drafting.SaveVersionAsync(actorId, itemId, newest, input, async (db, number) =>
            {
                // In the turn: a suggestion another member decided meanwhile refuses the whole version.
                foreach (var suggestion in await db.Suggestions.Where(s => ids.Contains(s.Id)).ToListAsync(cancellationToken))
                {
                    suggestion.Accept(member.Id, number, changed[suggestion.Id], now);
                    db.Activity.Add(new ActivityEntry(ActivityKind.SuggestionAccepted, member.Id, now, groupId, itemId, number, suggestion.Passage));
                }
            }, cancellationToken);
            switch (outcome)
            {
                case SaveOutcome.Saved saved:
                    foreach (var suggestion in suggestions)
                    {
                        await notifications.NotifyAsync(NotificationKind.SuggestionAccepted, itemId, saved.Number, member, cancellationToken, [suggestion.AuthorId]);
                    }
                    return saved.Number;
                case SaveOutcome.NeedsMerge when attempt < 3:
                    // Someone saved between the read and the save: follow the passages into their version.
                    continue;
                case SaveOutcome.Unchanged:
                    // The text may already read so because another member took these very suggestions in meanwhile.
                    throw new WorkspaceRuleException(await AnyDecidedAsync(ids, cancellationToken) ? "Suggestions_AlreadyDecided" : "Suggestions_AlreadyInText");
                default:
                    throw new StaleDataException();
            }
        }
    }

    /// <summary>Declines a suggestion with the reason its author reads. A member of the group only.</summary>
    public async Task DeclineAsync(string? actorId, int suggestionId, string? reason, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var suggestion = await db.Suggestions.FirstOrDefaultAsync(s => s.Id == suggestionId, cancellationToken)
            ?? throw new NotFoundException("Suggestions_NotFound");
        var groupId = await db.Items.Where(i => i.Id == suggestion.ItemId).Select(i => i.WorkingGroupId).FirstAsync(cancellationToken);
        var actor = await GroupRights.RequireCanEditAsync(db, actorId, groupId, cancellationToken);
        var now = clock.GetUtcNow();
        await writeGate.SaveAsync(db, async () =>
        {
            // In the turn: decided by someone else meanwhile is refused, not decided twice.
            await db.Entry(suggestion).ReloadAsync(cancellationToken);
            suggestion.Decline(actor.Id, reason, now);
            db.Activity.Add(new ActivityEntry(ActivityKind.SuggestionDeclined, actor.Id, now, groupId, suggestion.ItemId, suggestion.VersionNumber, suggestion.Decision));
        }, cancellationToken);
        await notifications.NotifyAsync(NotificationKind.SuggestionDeclined, suggestion.ItemId, suggestion.VersionNumber, actor, cancellationToken, [suggestion.AuthorId]);
    }

    /// <summary>"Suggested edits by …" in the strategy's language: the change note credits whose words went in.</summary>
    private async Task<bool> AnyDecidedAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Suggestions.AnyAsync(s => ids.Contains(s.Id) && s.State != SuggestionState.Open, cancellationToken);
    }

    private string CreditNote(IEnumerable<Suggestion> suggestions) =>
        DocumentStrings.Get("Suggestions_CreditNote", options.Value.DocumentCulture)
            .Replace("{0}", string.Join(", ", suggestions.Select(s => s.Author?.DisplayName ?? "").Distinct()), StringComparison.Ordinal);
}
