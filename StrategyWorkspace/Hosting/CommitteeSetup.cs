using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;

namespace StrategyWorkspace.Hosting;

/// <summary>
/// At start: the committee's own "group", which holds its sections, exists for every strategy; and a vision that
/// the settings held before the vision became a section becomes that section's first version, approved as it was
/// already the committee's text, so the next merge takes it into the document and nothing is lost.
/// </summary>
internal static class CommitteeSetup
{
    public static async Task EnsureAsync(WorkspaceDbContext db, string documentCulture, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var strategy in await db.Strategies.Where(s => !db.WorkingGroups.Any(g => g.StrategyId == s.Id && g.IsCommittee)).ToListAsync(cancellationToken))
        {
            db.WorkingGroups.Add(WorkingGroup.Committee(strategy.Id, now));
        }
        await db.SaveChangesAsync(cancellationToken);

        var waiting = await db.Strategies
            .Where(s => s.Vision != "" && !db.Items.Any(i => i.Kind == ItemKind.Vision && i.WorkingGroup!.StrategyId == s.Id))
            .Select(s => new { s.Vision, Committee = db.WorkingGroups.First(g => g.StrategyId == s.Id && g.IsCommittee).Id })
            .ToListAsync(cancellationToken);
        if (waiting.Count == 0)
        {
            return; // every start after the first: one query, nothing to move
        }
        // The moved text needs an author: the first administrator; on a database with none yet, a later start moves it.
        var administrator = await (
                from held in db.UserRoles
                join role in db.Roles on held.RoleId equals role.Id
                join user in db.Users on held.UserId equals user.Id
                where role.Name == WorkspaceRoles.Administrator
                orderby user.CreatedAt
                select user.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (administrator is null)
        {
            return;
        }
        foreach (var strategy in waiting)
        {
            var note = DocumentStrings.Get("Sections_VisionMovedNote", documentCulture);
            var vision = new Item { WorkingGroupId = strategy.Committee, Kind = ItemKind.Vision, Position = 1, CreatedAt = now };
            var first = vision.AddVersion(DocumentStrings.SectionTitle(ItemKind.Vision, documentCulture), strategy.Vision, null, administrator, note, now);
            vision.Submit(first, administrator, null, now);
            vision.Approve(first, administrator, note, now);
            db.Items.Add(vision);
            await db.SaveChangesAsync(cancellationToken);
            db.Activity.Add(new ActivityEntry(ActivityKind.VersionSaved, administrator, now, strategy.Committee, vision.Id, 1, note));
            db.Activity.Add(new ActivityEntry(ActivityKind.Approved, administrator, now, strategy.Committee, vision.Id, 1, note));
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
