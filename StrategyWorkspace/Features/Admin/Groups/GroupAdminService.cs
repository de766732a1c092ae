using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;

namespace StrategyWorkspace.Features.Admin.Groups;

/// <summary>Working groups and who belongs to them. Administrator only.</summary>
internal sealed class GroupAdminService(IDbContextFactory<WorkspaceDbContext> contextFactory, DatabaseWriteGate writeGate, CommitteeClock clock)
{
    public async Task<IReadOnlyList<GroupSummary>> ListAsync(string? actorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireAdministratorAsync(db, actorId, cancellationToken);
        var groups = await db.WorkingGroups.AsNoTracking()
            .OrderBy(g => !g.IsCommittee).ThenBy(g => g.IsArchived).ThenBy(g => g.Position)
            .Select(g => new GroupSummary(
                g.Id, g.Name, g.Description, g.Position, g.IsArchived, g.IsCommittee,
                g.Members.Select(m => new GroupMember(m.UserId, m.User!.DisplayName, m.User.Email ?? "")).ToList()))
            .ToListAsync(cancellationToken);
        return groups.Select(g => g with { Members = g.Members.SortedBy(m => m.DisplayName) }).ToList();
    }

    /// <summary>Enabled accounts that are not yet members of the group.</summary>
    public async Task<IReadOnlyList<MemberCandidate>> ListCandidatesAsync(string? actorId, int groupId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireAdministratorAsync(db, actorId, cancellationToken);
        var candidates = await db.Users.AsNoTracking()
            .Where(u => !u.IsDisabled && !u.Memberships.Any(m => m.WorkingGroupId == groupId))
            .Select(u => new MemberCandidate(u.Id, u.DisplayName, u.Email ?? ""))
            .ToListAsync(cancellationToken);
        return candidates.SortedBy(c => c.DisplayName);
    }

    public async Task<int> CreateAsync(string? actorId, GroupInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireAdministratorAsync(db, actorId, cancellationToken);
        InputRules.Enforce(input);

        var strategyId = await db.Strategies.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(cancellationToken);
        await RequireUniqueNameAsync(db, strategyId, input.Name, exceptGroupId: null, cancellationToken);
        var group = new WorkingGroup { StrategyId = strategyId, Description = input.Description.Trim(), CreatedAt = clock.GetUtcNow() };
        group.Rename(input.Name);
        db.WorkingGroups.Add(group);
        await SaveUniqueAsync(db, async () =>
        {
            // In the turn: two groups created at once must not both take the next position.
            group.Position = 1 + (await db.WorkingGroups.Where(g => g.StrategyId == strategyId).MaxAsync(g => (int?)g.Position, cancellationToken) ?? 0);
        }, cancellationToken);
        return group.Id;
    }

    public async Task UpdateAsync(string? actorId, int groupId, GroupInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireAdministratorAsync(db, actorId, cancellationToken);
        InputRules.Enforce(input);

        var group = await FindAsync(db, groupId, cancellationToken);
        group.Rename(input.Name);
        await RequireUniqueNameAsync(db, group.StrategyId, input.Name, groupId, cancellationToken);
        group.Description = input.Description.Trim();
        await SaveUniqueAsync(db, () => Task.CompletedTask, cancellationToken);
    }

    /// <summary>An archived group keeps its members, items and history; it leaves the dashboard.</summary>
    public async Task SetArchivedAsync(string? actorId, int groupId, bool archived, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireAdministratorAsync(db, actorId, cancellationToken);
        var group = await FindAsync(db, groupId, cancellationToken);
        group.SetArchived(archived);
        await writeGate.SaveAsync(db, cancellationToken);
    }

    /// <summary>Adds the person to the group and, as membership is what drafting needs, gives them the Member role.</summary>
    public async Task AddMemberAsync(string? actorId, int groupId, string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireAdministratorAsync(db, actorId, cancellationToken);
        var group = await FindAsync(db, groupId, cancellationToken);
        if (group.IsArchived)
        {
            throw new InvalidInputException("Member", "Admin_Groups_Archived");
        }
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId && !u.IsDisabled, cancellationToken)
            ?? throw new InvalidInputException("Member", "Admin_Users_NotFound");
        if (await db.GroupMemberships.AnyAsync(m => m.WorkingGroupId == groupId && m.UserId == userId, cancellationToken))
        {
            throw new InvalidInputException("Member", "Admin_Groups_AlreadyMember");
        }

        db.GroupMemberships.Add(new GroupMembership { WorkingGroupId = groupId, UserId = user.Id, AddedAt = clock.GetUtcNow() });
        var memberRoleId = await db.Roles.Where(r => r.Name == WorkspaceRoles.Member).Select(r => r.Id).FirstAsync(cancellationToken);
        if (!await db.UserRoles.AnyAsync(r => r.UserId == userId && r.RoleId == memberRoleId, cancellationToken))
        {
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = userId, RoleId = memberRoleId });
        }
        await writeGate.SaveAsync(db, cancellationToken);
    }

    public async Task RemoveMemberAsync(string? actorId, int groupId, string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await Rights.RequireAdministratorAsync(db, actorId, cancellationToken);
        await writeGate.SaveAsync(db,
            () => db.GroupMemberships.Where(m => m.WorkingGroupId == groupId && m.UserId == userId).ExecuteDeleteAsync(cancellationToken),
            cancellationToken);
    }

    private static async Task<WorkingGroup> FindAsync(WorkspaceDbContext db, int groupId, CancellationToken cancellationToken) =>
        await db.WorkingGroups.FirstOrDefaultAsync(g => g.Id == groupId, cancellationToken)
        ?? throw new NotFoundException("Admin_Groups_NotFound");

    private static async Task RequireUniqueNameAsync(WorkspaceDbContext db, int strategyId, string name, int? exceptGroupId, CancellationToken cancellationToken)
    {
        var normalized = WorkingGroup.Normalize(name);
        if (await db.WorkingGroups.AnyAsync(g => g.StrategyId == strategyId && g.NormalizedName == normalized && g.Id != exceptGroupId, cancellationToken))
        {
            throw new InvalidInputException(nameof(GroupInput.Name), "Admin_Groups_NameTaken");
        }
    }

    /// <summary>The unique index settles a race between two administrators creating the same name.</summary>
    private async Task SaveUniqueAsync(WorkspaceDbContext db, Func<Task> inTurn, CancellationToken cancellationToken)
    {
        try
        {
            await writeGate.SaveAsync(db, inTurn, cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new InvalidInputException(nameof(GroupInput.Name), "Admin_Groups_NameTaken");
        }
    }
}
