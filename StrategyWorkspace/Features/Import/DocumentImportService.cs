using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Consolidation;
using StrategyWorkspace.Hosting;

namespace StrategyWorkspace.Features.Import;

/// <summary>
/// Starting from the strategy the committee already has: the administrator uploads its Word (or Markdown) document, sees what each
/// heading would become and changes any guess, then confirms. Everything is created in one transaction — groups, the
/// committee's sections, items each with version 1 approved and its links — and merged into an edition "as adopted", so
/// the committee's later work is a diff against that text. Nothing in the workspace is overwritten.
/// </summary>
internal sealed class DocumentImportService(IDbContextFactory<WorkspaceDbContext> contextFactory, DatabaseWriteGate writeGate, CommitteeClock clock,
    IOptions<WorkspaceOptions> options)
{
    /// <summary>Reads the file (Word, or Markdown by its name) and guesses each heading's role. The administrator only; a bad file is refused with its reason.</summary>
    public async Task<DocumentImportPreview> PreviewAsync(string? actorId, byte[] content, string fileName, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireAdministratorAsync(db, actorId, cancellationToken);
        var document = MarkdownOutline.IsMarkdownName(fileName) ? MarkdownOutline.Read(content, fileName) : WordOutline.Read(content, fileName);
        var (groups, sections) = await WorkspaceAsync(db, cancellationToken);
        return new DocumentImportPreview(document, ImportGuess.Guess(document.Headings), groups, sections);
    }

    /// <summary>
    /// Creates what the preview shows, planned again on the newest data; returns the number of the edition made.
    /// Refused, with nothing written, while anything stops the plan.
    /// </summary>
    public async Task<DocumentImportResult> ImportAsync(string? actorId, ImportedDocument document, IReadOnlyList<ImportRole> roles, CancellationToken cancellationToken = default)
    {
        if (roles.Count != document.Headings.Count)
        {
            throw new StaleDataException();
        }
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await writeGate.SaveAsync(db, async () =>
        {
            var actor = await Rights.RequireAdministratorAsync(db, actorId, cancellationToken);
            var (existingGroups, existingSections) = await WorkspaceAsync(db, cancellationToken);
            var plan = ImportPlan.Build(document, roles, existingGroups, existingSections);
            if (plan.Problems.FirstOrDefault() is { } problem)
            {
                throw new InvalidInputException("Roles", problem.MessageKey, problem.Heading >= 0 ? document.Headings[problem.Heading].Text : document.FileName);
            }
            var now = clock.GetUtcNow();
            var created = await CreateAsync(db, actor, document, plan, now, cancellationToken);
            var note = Words("Import_EditionNote", document.FileName);
            var edition = await ConsolidationService.MergeInTurnAsync(db, actor, null, created.Select(i => new MergeChoice(i.Id, 1)).ToList(), note, now,
                cancellationToken);
            return new DocumentImportResult(edition, plan.Groups.Count(g => g.ExistingId is null), plan.Sections.Count, plan.ItemCount, plan.Links.Count(l => !l.Serves));
        }, cancellationToken);
    }

    /// <summary>The groups, sections and items with version 1 approved, their links and goals served; the items made, in order.</summary>
    private async Task<List<Item>> CreateAsync(WorkspaceDbContext db, Infrastructure.Actor actor, ImportedDocument document, ImportPlan plan, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var strategy = await db.Strategies.OrderBy(s => s.Id).FirstAsync(cancellationToken);
        var committee = await db.WorkingGroups.FirstAsync(g => g.IsCommittee, cancellationToken);
        var nextGroup = await db.WorkingGroups.MaxAsync(g => (int?)g.Position, cancellationToken) ?? 0;
        var positions = (await db.Items.GroupBy(i => new { i.WorkingGroupId, i.Kind }).Select(g => new { g.Key.WorkingGroupId, g.Key.Kind, Last = g.Max(i => i.Position) })
            .ToListAsync(cancellationToken)).ToDictionary(p => (p.WorkingGroupId, p.Kind), p => p.Last);

        var made = new List<(Item Item, PlannedItem Planned)>();
        foreach (var section in plan.Sections)
        {
            var item = new Item { WorkingGroupId = committee.Id, Kind = section.Kind, Position = 1, CreatedAt = now };
            db.Items.Add(item);
            made.Add((item, section));
        }
        foreach (var planned in plan.Groups)
        {
            WorkingGroup? group = null;
            if (planned.ExistingId is null)
            {
                // The number the document gives the group ("3. Децентралізація…"), where it is still free: the items keep their numbers.
                nextGroup = planned.Number is { } number && number > nextGroup ? number : nextGroup + 1;
                group = new WorkingGroup { StrategyId = strategy.Id, Position = nextGroup, CreatedAt = now };
                group.Rename(planned.Name);
                db.WorkingGroups.Add(group);
            }
            var groupPositions = new Dictionary<ItemKind, int>();
            foreach (var entry in planned.Items)
            {
                var last = groupPositions.TryGetValue(entry.Kind, out var known) ? known
                    : planned.ExistingId is { } id ? positions.GetValueOrDefault((id, entry.Kind)) : 0;
                groupPositions[entry.Kind] = last + 1;
                var item = new Item { Kind = entry.Kind, Position = last + 1, CreatedAt = now };
                if (group is not null)
                {
                    item.WorkingGroup = group;
                }
                else
                {
                    item.WorkingGroupId = planned.ExistingId!.Value;
                }
                db.Items.Add(item);
                made.Add((item, entry));
            }
        }
        // The ids first: an operational goal's version names the strategic goal it serves by its id.
        await db.SaveChangesAsync(cancellationToken);

        var byHeading = made.ToDictionary(m => m.Planned.Heading, m => m.Item);
        foreach (var (item, planned) in made)
        {
            var serves = plan.Links.FirstOrDefault(l => l.Serves && l.From == planned.Heading) is { } link ? byHeading[link.To].Id : (int?)null;
            var goal = planned.Kind == ItemKind.Goal
                ? new GoalTraits(planned.Role == ImportRole.OperationalGoal ? GoalLevel.Operational : GoalLevel.Strategic, ServesGoalId: serves)
                : null;
            var heading = document.Headings[planned.Heading].Text;
            var changeNote = Words("Import_VersionNote", document.FileName, heading);
            if (changeNote.Length > Item.MaxChangeNoteLength)
            {
                changeNote = changeNote[..(Item.MaxChangeNoteLength - 1)] + "…";
            }
            var version = item.AddVersion(planned.Title, planned.Body, null, actor.Id, changeNote, now, goal);
            item.Submit(version, actor.Id, null, now);
            item.Approve(version, actor.Id, null, now);
            db.Activity.Add(new ActivityEntry(ActivityKind.VersionSaved, actor.Id, now, item.WorkingGroupId, item.Id, 1, changeNote));
            db.Activity.Add(new ActivityEntry(ActivityKind.Approved, actor.Id, now, item.WorkingGroupId, item.Id, 1, null));
        }
        foreach (var link in plan.Links.Where(l => !l.Serves))
        {
            db.ItemLinks.Add(new ItemLink { FromItemId = byHeading[link.From].Id, ToItemId = byHeading[link.To].Id });
        }
        await db.SaveChangesAsync(cancellationToken);
        return made.Select(m => m.Item).ToList();
    }

    /// <summary>The groups by their normalised names and the committee sections there are: an import adds beside them.</summary>
    private static async Task<(Dictionary<string, int> Groups, HashSet<ItemKind> Sections)> WorkspaceAsync(WorkspaceDbContext db, CancellationToken cancellationToken)
    {
        var groups = await db.WorkingGroups.Where(g => !g.IsCommittee).Select(g => new { g.NormalizedName, g.Id }).ToListAsync(cancellationToken);
        var sections = await db.Items.Where(i => i.WorkingGroup!.IsCommittee).Select(i => i.Kind).Distinct().ToListAsync(cancellationToken);
        return (groups.ToDictionary(g => g.NormalizedName, g => g.Id), sections.ToHashSet());
    }

    /// <summary>Words written into the committee's record in the strategy's language, whoever imports.</summary>
    private string Words(string key, params object[] arguments) =>
        string.Format(System.Globalization.CultureInfo.GetCultureInfo(options.Value.DocumentCulture), Items.DocumentStrings.Get(key, options.Value.DocumentCulture), arguments);
}

/// <summary>A document read for import, the role guessed or chosen for each heading, and what the workspace already holds.</summary>
public sealed record DocumentImportPreview(ImportedDocument Document, IReadOnlyList<ImportRole> Roles, IReadOnlyDictionary<string, int> ExistingGroups,
    IReadOnlySet<ItemKind> ExistingSections)
{
    public ImportPlan Plan { get; } = ImportPlan.Build(Document, Roles, ExistingGroups, ExistingSections);

    /// <summary>The same document with one heading's role changed: the plan follows.</summary>
    public DocumentImportPreview WithRole(int heading, ImportRole role)
    {
        var roles = Roles.ToArray();
        roles[heading] = role;
        return new DocumentImportPreview(Document, roles, ExistingGroups, ExistingSections);
    }
}

/// <summary>What an import made: the edition "as adopted", and how many groups, sections, items and links.</summary>
public sealed record DocumentImportResult(int Edition, int Groups, int Sections, int Items, int Links);
