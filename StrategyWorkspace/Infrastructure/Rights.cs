using Microsoft.EntityFrameworkCore;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;

namespace StrategyWorkspace.Infrastructure;

/// <summary>
/// Checks what the acting person may do against the database, not the sign-in cookie:
/// roles and the disabled flag can change while a circuit stays open.
/// </summary>
internal static class Rights
{
    public static async Task<IReadOnlyList<string>> RolesOfAsync(WorkspaceDbContext db, string? userId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(userId))
        {
            return [];
        }
        return await (
                from user in db.Users
                where user.Id == userId && !user.IsDisabled
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join role in db.Roles on userRole.RoleId equals role.Id
                select role.Name!)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The refusal to raise: that the account is disabled when it is (the person is still on an open page
    /// and should know why nothing goes through), else the given reason. Asked only once refused.
    /// </summary>
    public static async Task<ActionRefusedException> RefusalAsync(WorkspaceDbContext db, string? actorId,
        string messageKey = ActionRefusedException.NotAllowedKey, CancellationToken cancellationToken = default)
    {
        var disabled = !string.IsNullOrEmpty(actorId) && await db.Users.AnyAsync(u => u.Id == actorId && u.IsDisabled, cancellationToken);
        return new ActionRefusedException(disabled ? AccountDisabledKey : messageKey);
    }

    public const string AccountDisabledKey = "Error_AccountDisabled";

    /// <summary>
    /// The actor, if a rule the caller composed into its own query let them through (<paramref name="allowed"/>);
    /// else the refusal with <paramref name="messageKey"/>.
    /// </summary>
    public static async Task<Actor> RequireAsync(WorkspaceDbContext db, string? actorId, bool allowed,
        string messageKey = ActionRefusedException.NotAllowedKey, CancellationToken cancellationToken = default) =>
        allowed && !string.IsNullOrEmpty(actorId) ? new Actor(actorId) : throw await RefusalAsync(db, actorId, messageKey, cancellationToken);

    /// <summary>
    /// The actor, if they hold one of the <paramref name="roles"/> (comma-separated, as <see cref="WorkspaceRoles"/>
    /// names its rules); else throws <see cref="ActionRefusedException"/>.
    /// </summary>
    public static async Task<Actor> RequireAnyRoleAsync(WorkspaceDbContext db, string? actorId, string roles, CancellationToken cancellationToken = default)
    {
        var held = await RolesOfAsync(db, actorId, cancellationToken);
        // Roles are held only by an account, so an id that holds one is a real one.
        if (!WorkspaceRoles.AnyOf(roles, held) || actorId is not { Length: > 0 } id)
        {
            throw await RefusalAsync(db, actorId, cancellationToken: cancellationToken);
        }
        return new Actor(id);
    }

    public static Task<Actor> RequireChairOrAdministratorAsync(WorkspaceDbContext db, string? actorId, CancellationToken cancellationToken = default) =>
        RequireAnyRoleAsync(db, actorId, WorkspaceRoles.ChairOrAdministrator, cancellationToken);

    public static Task<Actor> RequireAdministratorAsync(WorkspaceDbContext db, string? actorId, CancellationToken cancellationToken = default) =>
        RequireAnyRoleAsync(db, actorId, WorkspaceRoles.Administrator, cancellationToken);

    /// <summary>
    /// Any enabled account may read; whether it also holds one of <paramref name="roles"/> (comma-separated, as
    /// <see cref="WorkspaceRoles"/> names its rules) comes back from the same query, for a read whose results depend on it.
    /// </summary>
    public static async Task<bool> RequireSignedInHoldingAsync(WorkspaceDbContext db, string? actorId, string roles, CancellationToken cancellationToken = default)
    {
        var names = roles.Split(',');
        var holds = string.IsNullOrEmpty(actorId) ? null : await db.Users.Where(u => u.Id == actorId && !u.IsDisabled)
            .Select(u => (bool?)db.UserRoles.Any(held => held.UserId == u.Id && db.Roles.Any(role => role.Id == held.RoleId && names.Contains(role.Name!))))
            .FirstOrDefaultAsync(cancellationToken);
        return holds ?? throw await RefusalAsync(db, actorId, cancellationToken: cancellationToken);
    }

    /// <summary>Any enabled account may read the workspace.</summary>
    public static async Task<Actor> RequireSignedInAsync(WorkspaceDbContext db, string? actorId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(actorId) || !await db.Users.AnyAsync(u => u.Id == actorId && !u.IsDisabled, cancellationToken))
        {
            throw await RefusalAsync(db, actorId, cancellationToken: cancellationToken);
        }
        return new Actor(actorId);
    }
}

/// <summary>Who may change a working group's items: its members and the administrator.</summary>
internal static class GroupRights
{
    /// <summary>
    /// The groups whose items the actor may change: an enabled account holding a role, on an open
    /// group, as its member or the administrator. A query to compose, so a save asks it in the same
    /// round trip as its other reads (the benchmark showed each query costing half a millisecond).
    /// </summary>
    public static IQueryable<int> EditableGroupIds(WorkspaceDbContext db, string? actorId) =>
        db.WorkingGroups
            .Where(group => !group.IsArchived
                && db.Users.Any(user => user.Id == actorId && !user.IsDisabled && db.UserRoles.Any(held => held.UserId == actorId))
                && (db.GroupMemberships.Any(member => member.WorkingGroupId == group.Id && member.UserId == actorId)
                    || db.UserRoles.Any(held => held.UserId == actorId
                        && db.Roles.Any(role => role.Id == held.RoleId && role.Name == WorkspaceRoles.Administrator))))
            .Select(group => group.Id);

    public static async Task<bool> CanEditAsync(WorkspaceDbContext db, string? actorId, int groupId, CancellationToken cancellationToken = default) =>
        !string.IsNullOrEmpty(actorId) && await EditableGroupIds(db, actorId).ContainsAsync(groupId, cancellationToken);

    public static async Task<Actor> RequireCanEditAsync(WorkspaceDbContext db, string? actorId, int groupId, CancellationToken cancellationToken = default)
    {
        if (!await CanEditAsync(db, actorId, groupId, cancellationToken) || actorId is not { Length: > 0 } id)
        {
            throw await Rights.RefusalAsync(db, actorId, "Rights_NotYourGroup", cancellationToken);
        }
        return new Actor(id);
    }
}
