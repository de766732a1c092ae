using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using StrategyWorkspace.Domain;

namespace StrategyWorkspace.Data;

public class WorkspaceDbContext(DbContextOptions<WorkspaceDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    /// <summary>The keys that sign cookies and anti-forgery tokens: in the database, so every app instance shares them.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Strategy> Strategies => Set<Strategy>();
    public DbSet<WorkingGroup> WorkingGroups => Set<WorkingGroup>();
    public DbSet<GroupMembership> GroupMemberships => Set<GroupMembership>();
    public DbSet<Item> Items => Set<Item>();
    public DbSet<ItemVersion> ItemVersions => Set<ItemVersion>();
    public DbSet<ItemLink> ItemLinks => Set<ItemLink>();
    public DbSet<WorkingCopy> WorkingCopies => Set<WorkingCopy>();
    public DbSet<ActivityEntry> Activity => Set<ActivityEntry>();
    public DbSet<Verdict> Verdicts => Set<Verdict>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<ReviewComment> ReviewComments => Set<ReviewComment>();
    public DbSet<Suggestion> Suggestions => Set<Suggestion>();
    public DbSet<Translation> Translations => Set<Translation>();
    public DbSet<Edition> Editions => Set<Edition>();
    public DbSet<EditionEntry> EditionEntries => Set<EditionEntry>();
    public DbSet<EditionLink> EditionLinks => Set<EditionLink>();
    public DbSet<Consultation> Consultations => Set<Consultation>();
    public DbSet<Proposal> Proposals => Set<Proposal>();
    public DbSet<IndicatorValue> IndicatorValues => Set<IndicatorValue>();
    public DbSet<IndicatorValueChange> IndicatorValueChanges => Set<IndicatorValueChange>();
    public DbSet<ProjectProgress> ProjectProgresses => Set<ProjectProgress>();
    public DbSet<ProgressNote> ProgressNotes => Set<ProgressNote>();
    public DbSet<MonitoringReport> MonitoringReports => Set<MonitoringReport>();
    public DbSet<ProjectCall> ProjectCalls => Set<ProjectCall>();
    public DbSet<ProjectProposal> ProjectProposals => Set<ProjectProposal>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date type and EF cannot order or compare DateTimeOffset text there;
        // storing it as a sortable integer keeps "newest first" queries in the database.
        if (Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
        else if (Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            // timestamptz holds instants: Npgsql refuses an offset other than zero, and a committee
            // day's start in Kyiv time carries one. Stored as UTC, read back as UTC.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<ApplicationUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(ApplicationUser.MaxDisplayNameLength);
            user.Property(u => u.PreferredCulture).HasMaxLength(10);
        });

        builder.Entity<Strategy>(strategy =>
        {
            strategy.Property(s => s.Title).HasMaxLength(Strategy.MaxTitleLength);
            strategy.Property(s => s.Vision).HasMaxLength(Strategy.MaxVisionLength);
            strategy.Property(s => s.ConcurrencyToken).IsConcurrencyToken();
        });

        builder.Entity<WorkingGroup>(group =>
        {
            group.Property(g => g.Name).HasMaxLength(WorkingGroup.MaxNameLength);
            group.Property(g => g.NormalizedName).HasMaxLength(WorkingGroup.MaxNameLength);
            group.Property(g => g.Description).HasMaxLength(WorkingGroup.MaxDescriptionLength);
            group.HasIndex(g => new { g.StrategyId, g.NormalizedName }).IsUnique();
            group.HasOne(g => g.Strategy).WithMany(s => s.Groups).HasForeignKey(g => g.StrategyId);
        });

        builder.Entity<GroupMembership>(membership =>
        {
            membership.HasKey(m => new { m.WorkingGroupId, m.UserId });
            membership.HasOne(m => m.WorkingGroup).WithMany(g => g.Members).HasForeignKey(m => m.WorkingGroupId);
            membership.HasOne(m => m.User).WithMany(u => u.Memberships).HasForeignKey(m => m.UserId);
        });

        builder.Entity<Item>(item =>
        {
            item.HasOne(i => i.WorkingGroup).WithMany().HasForeignKey(i => i.WorkingGroupId);
            item.HasIndex(i => new { i.WorkingGroupId, i.Kind, i.Position });
            item.Property(i => i.LatestVersionNumber).IsConcurrencyToken();
            item.HasMany(i => i.Versions).WithOne(v => v.Item).HasForeignKey(v => v.ItemId);
        });

        builder.Entity<ItemVersion>(version =>
        {
            version.HasIndex(v => new { v.ItemId, v.Number }).IsUnique();
            version.Property(v => v.Title).HasMaxLength(Item.MaxTitleLength);
            version.Property(v => v.Body).HasMaxLength(Item.MaxBodyLength);
            version.Property(v => v.ChangeNote).HasMaxLength(Item.MaxChangeNoteLength);
            version.HasOne(v => v.Author).WithMany().HasForeignKey(v => v.AuthorId).OnDelete(DeleteBehavior.Restrict);
            version.Property(v => v.SubmissionNote).HasMaxLength(Item.MaxChangeNoteLength);
            version.Property(v => v.DecisionReason).HasMaxLength(ItemVersion.MaxDecisionReasonLength);
            version.Property(v => v.StateToken).IsConcurrencyToken();
            version.HasIndex(v => v.State);
            version.Property(v => v.Condition).HasMaxLength(GoalTraits.MaxConditionLength);
            version.Property(v => v.Indicators).HasConversion(JsonColumn.Indicators, JsonColumn.Indicators.Comparer);
            version.Property(v => v.Project).HasConversion(JsonColumn.Projects, JsonColumn.Projects.Comparer);
        });

        builder.Entity<Verdict>(verdict =>
        {
            verdict.HasIndex(v => new { v.ItemId, v.VersionNumber, v.ExpertId }).IsUnique();
            verdict.Property(v => v.Note).HasMaxLength(Verdict.MaxNoteLength);
            verdict.HasOne(v => v.Expert).WithMany().HasForeignKey(v => v.ExpertId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<ReviewComment>(comment =>
        {
            comment.HasIndex(c => new { c.ItemId, c.At });
            comment.Property(c => c.Text).HasMaxLength(ReviewComment.MaxTextLength);
            comment.Property(c => c.Passage).HasMaxLength(ReviewComment.MaxPassageLength);
            comment.HasOne(c => c.Author).WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.Restrict);
            comment.HasOne<ReviewComment>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<Suggestion>(suggestion =>
        {
            suggestion.HasIndex(s => new { s.ItemId, s.At });
            suggestion.HasOne<Item>().WithMany().HasForeignKey(s => s.ItemId);
            suggestion.Property(s => s.Passage).HasMaxLength(PassageAnchor.MaxPassageLength);
            suggestion.Property(s => s.Text).HasMaxLength(Suggestion.MaxTextLength);
            suggestion.Property(s => s.Reason).HasMaxLength(Suggestion.MaxReasonLength);
            suggestion.Property(s => s.Decision).HasMaxLength(Suggestion.MaxTextLength);
            suggestion.HasOne(s => s.Author).WithMany().HasForeignKey(s => s.AuthorId).OnDelete(DeleteBehavior.Restrict);
            suggestion.HasOne(s => s.DecidedBy).WithMany().HasForeignKey(s => s.DecidedById).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<Translation>(translation =>
        {
            translation.HasIndex(t => new { t.ItemId, t.Language, t.Number }).IsUnique();
            translation.HasOne<Item>().WithMany().HasForeignKey(t => t.ItemId);
            translation.Property(t => t.Language).HasMaxLength(Translation.MaxLanguageLength);
            translation.Property(t => t.Title).HasMaxLength(Item.MaxTitleLength);
            translation.Property(t => t.Body).HasMaxLength(Item.MaxBodyLength);
            translation.Property(t => t.ChangeNote).HasMaxLength(Item.MaxChangeNoteLength);
            translation.HasOne(t => t.Author).WithMany().HasForeignKey(t => t.AuthorId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<Notification>(notification =>
        {
            notification.HasIndex(n => new { n.UserId, n.IsRead, n.At });
            notification.Property(n => n.ItemLabel).HasMaxLength(Item.MaxTitleLength + 20);
            notification.Property(n => n.ActorName).HasMaxLength(ApplicationUser.MaxDisplayNameLength);
        });

        builder.Entity<ActivityEntry>(entry =>
        {
            entry.HasOne(e => e.Actor).WithMany().HasForeignKey(e => e.ActorId).OnDelete(DeleteBehavior.Restrict);
            entry.Property(e => e.Note).HasMaxLength(ActivityEntry.MaxNoteLength);
            entry.HasIndex(e => e.At);
            entry.HasIndex(e => new { e.ItemId, e.At });
        });

        builder.Entity<ItemLink>(link =>
        {
            link.HasKey(l => new { l.FromItemId, l.ToItemId });
            link.HasOne(l => l.From).WithMany(i => i.Links).HasForeignKey(l => l.FromItemId);
            link.HasOne(l => l.To).WithMany().HasForeignKey(l => l.ToItemId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<Edition>(edition =>
        {
            edition.HasIndex(e => new { e.StrategyId, e.Number }).IsUnique();
            edition.Property(e => e.Title).HasMaxLength(Strategy.MaxTitleLength);
            edition.Property(e => e.Vision).HasMaxLength(Strategy.MaxVisionLength);
            edition.Property(e => e.Note).HasMaxLength(Edition.MaxNoteLength);
            // Who recorded the adoption, without a foreign key: adding one to a table SQLite has rebuilds it outside the
            // migration's transaction. The activity log names the person too.
            edition.Property(e => e.AdoptionDecision).HasMaxLength(Edition.MaxDecisionLength);
            edition.HasOne<Strategy>().WithMany().HasForeignKey(e => e.StrategyId);
            edition.HasOne(e => e.MergedBy).WithMany().HasForeignKey(e => e.MergedById).OnDelete(DeleteBehavior.Restrict);
            edition.HasMany<EditionEntry>().WithOne().HasForeignKey(x => x.EditionId);
            edition.HasMany<EditionLink>().WithOne().HasForeignKey(l => l.EditionId);
        });

        builder.Entity<IndicatorValue>(value =>
        {
            // One value per indicator and period: a second is a change of the first, never a silent duplicate.
            value.HasIndex(v => new { v.ItemId, v.IndicatorKey, v.Year, v.Half }).IsUnique();
            value.HasOne<Item>().WithMany().HasForeignKey(v => v.ItemId);
            value.HasOne(v => v.RecordedBy).WithMany().HasForeignKey(v => v.RecordedById).OnDelete(DeleteBehavior.Restrict);
            value.Property(v => v.Source).HasMaxLength(IndicatorValue.MaxSourceLength);
            value.Property(v => v.Note).HasMaxLength(IndicatorValue.MaxNoteLength);
            value.Property(v => v.Token).IsConcurrencyToken();
            value.Ignore(v => v.Period);
            value.HasMany(v => v.Changes).WithOne().HasForeignKey(c => c.IndicatorValueId);
        });

        builder.Entity<ProjectProgress>(progress =>
        {
            // One progress per project: a second report changes the first.
            progress.HasIndex(p => p.ItemId).IsUnique();
            progress.HasOne<Item>().WithMany().HasForeignKey(p => p.ItemId);
            progress.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.UpdatedById).OnDelete(DeleteBehavior.Restrict);
            progress.Property(p => p.Token).IsConcurrencyToken();
            progress.Ignore(p => p.Spent);
            progress.HasMany(p => p.Spending).WithOne().HasForeignKey(s => s.ProjectProgressId).OnDelete(DeleteBehavior.Cascade);
            progress.HasMany(p => p.Notes).WithOne().HasForeignKey(n => n.ProjectProgressId);
        });

        builder.Entity<ProgressNote>(note =>
        {
            note.Property(n => n.Text).HasMaxLength(ProjectProgress.MaxNoteLength);
            note.HasOne(n => n.WrittenBy).WithMany().HasForeignKey(n => n.WrittenById).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<MonitoringReport>(report =>
        {
            report.HasIndex(r => r.Number).IsUnique();
            // One report per period: a second would say the same period twice, perhaps differently.
            report.HasIndex(r => new { r.Year, r.Half }).IsUnique();
            report.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.CreatedById).OnDelete(DeleteBehavior.Restrict);
            report.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.PublishedById).OnDelete(DeleteBehavior.Restrict);
            report.Ignore(r => r.Period);
            report.Ignore(r => r.IsPublished);
        });

        builder.Entity<IndicatorValueChange>(change =>
        {
            change.HasIndex(c => new { c.ItemId, c.IndicatorKey, c.ChangedAt });
            change.HasOne(c => c.ChangedBy).WithMany().HasForeignKey(c => c.ChangedById).OnDelete(DeleteBehavior.Restrict);
            change.Property(c => c.OldSource).HasMaxLength(IndicatorValue.MaxSourceLength);
            change.Property(c => c.NewSource).HasMaxLength(IndicatorValue.MaxSourceLength);
            change.Property(c => c.Note).HasMaxLength(IndicatorValue.MaxNoteLength);
        });

        builder.Entity<EditionEntry>(entry =>
        {
            entry.HasIndex(x => new { x.EditionId, x.ItemId }).IsUnique();
            // "Which editions hold this item's versions" reads by item.
            entry.HasIndex(x => x.ItemId);
            entry.Property(x => x.GroupName).HasMaxLength(WorkingGroup.MaxNameLength);
            entry.HasOne<Item>().WithMany().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<EditionLink>(link =>
        {
            link.HasKey(l => new { l.EditionId, l.FromItemId, l.ToItemId });
        });

        builder.Entity<Consultation>(consultation =>
        {
            consultation.Property(c => c.Introduction).HasMaxLength(Consultation.MaxIntroductionLength);
            consultation.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.OpenedById).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<Proposal>(proposal =>
        {
            proposal.HasIndex(p => p.Reference).IsUnique();
            proposal.HasIndex(p => new { p.ConsultationId, p.State });
            proposal.Property(p => p.Reference).HasMaxLength(Proposal.ReferenceLength);
            proposal.Property(p => p.Text).HasMaxLength(Proposal.MaxTextLength);
            proposal.Property(p => p.AuthorName).HasMaxLength(Proposal.MaxNameLength);
            proposal.Property(p => p.Organisation).HasMaxLength(Proposal.MaxNameLength);
            proposal.Property(p => p.Email).HasMaxLength(Proposal.MaxEmailLength);
            proposal.Property(p => p.RejectionNote).HasMaxLength(Proposal.MaxAnswerLength);
            proposal.Property(p => p.AnswerText).HasMaxLength(Proposal.MaxAnswerLength);
            proposal.HasOne<Consultation>().WithMany().HasForeignKey(p => p.ConsultationId);
            proposal.HasOne<WorkingGroup>().WithMany().HasForeignKey(p => p.WorkingGroupId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<ProjectCall>(call =>
        {
            call.Property(c => c.Title).HasMaxLength(ProjectCall.MaxTitleLength);
            call.Property(c => c.Introduction).HasMaxLength(ProjectCall.MaxIntroductionLength);
            call.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.OpenedById).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<ProjectProposal>(proposal =>
        {
            proposal.HasIndex(p => p.Reference).IsUnique();
            proposal.HasIndex(p => new { p.CallId, p.WorkingGroupId, p.State });
            proposal.Property(p => p.Reference).HasMaxLength(ProjectProposal.ReferenceLength);
            proposal.Property(p => p.Title).HasMaxLength(ProjectProposal.MaxTitleLength);
            proposal.Property(p => p.Applicant).HasMaxLength(ProjectProposal.MaxNameLength);
            proposal.Property(p => p.ContactName).HasMaxLength(ProjectProposal.MaxNameLength);
            proposal.Property(p => p.Email).HasMaxLength(ProjectProposal.MaxEmailLength);
            proposal.Property(p => p.TargetGroups).HasMaxLength(ProjectProposal.MaxTextLength);
            proposal.Property(p => p.Indicators).HasMaxLength(ProjectProposal.MaxTextLength);
            proposal.Property(p => p.Reason).HasMaxLength(ProjectProposal.MaxReasonLength);
            proposal.Property(p => p.Plan).HasConversion(JsonColumn.Projects, JsonColumn.Projects.Comparer);
            proposal.Ignore(p => p.Application);
            // Two members screening one proposal at once: the second is refused, not written over the first.
            proposal.Property(p => p.State).IsConcurrencyToken();
            proposal.HasOne<ProjectCall>().WithMany().HasForeignKey(p => p.CallId);
            proposal.HasOne<WorkingGroup>().WithMany().HasForeignKey(p => p.WorkingGroupId).OnDelete(DeleteBehavior.Restrict);
            proposal.HasOne<Item>().WithMany().HasForeignKey(p => p.TaskItemId).OnDelete(DeleteBehavior.Restrict);
            proposal.HasOne<Item>().WithMany().HasForeignKey(p => p.ProjectItemId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<WorkingCopy>(copy =>
        {
            copy.HasKey(c => new { c.ItemId, c.UserId });
            copy.Property(c => c.Indicators).HasConversion(JsonColumn.Indicators, JsonColumn.Indicators.Comparer);
            copy.Property(c => c.Project).HasConversion(JsonColumn.Projects, JsonColumn.Projects.Comparer);
        });
    }
}

/// <summary>A value kept as JSON in one text column (see <see cref="JsonColumnValue{TSelf}"/>): the empty text for an empty value.</summary>
internal sealed class JsonColumn<T>(Func<string, T> read) : ValueConverter<T, string>(value => value.AsJson, json => read(json))
    where T : JsonColumnValue<T>
{
    /// <summary>Values are immutable and compared by what they say: a snapshot is the value itself.</summary>
    public Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<T> Comparer { get; } =
        new((left, right) => left == right, value => value.GetHashCode(), value => value);
}

internal static class JsonColumn
{
    public static readonly JsonColumn<IndicatorSet> Indicators = new(IndicatorSet.FromJson);

    public static readonly JsonColumn<ProjectPlan> Projects = new(ProjectPlan.FromJson);
}

/// <summary>Keeps the instant and drops the offset: what PostgreSQL's timestamptz stores.</summary>
internal sealed class UtcInstantConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value.ToUniversalTime());
