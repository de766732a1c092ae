using System.ComponentModel.DataAnnotations;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Consolidation;

namespace StrategyWorkspace.Features.Consultations;

/// <summary>What the chair fills in to open a consultation. Dates are days in the committee's time zone, both included.</summary>
internal sealed class OpenConsultationInput
{
    public int EditionNumber { get; set; }

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    public DateTime? FirstDay { get; set; }

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    public DateTime? LastDay { get; set; }

    [MaxLength(Consultation.MaxIntroductionLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string Introduction { get; set; } = "";
}

/// <summary>What a visitor sends. Only the text and the consent are required.</summary>
internal sealed class ProposalInput
{
    /// <summary>"g12" for a working group's section, "i34" for an item.</summary>
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    public string Target { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    [MaxLength(Proposal.MaxTextLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string Text { get; set; } = "";

    [MaxLength(Proposal.MaxNameLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Name { get; set; }

    [MaxLength(Proposal.MaxNameLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    public string? Organisation { get; set; }

    [MaxLength(Proposal.MaxEmailLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.MaxLength))]
    [OptionalEmail(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Email))]
    public string? Email { get; set; }

    [Range(typeof(bool), "true", "true", ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.ConsentRequired))]
    public bool Consent { get; set; }

    /// <summary>The honeypot: hidden from people, filled in by simple bots.</summary>
    public string? Website { get; set; }
}

/// <summary>
/// An e-mail address that may be left out. A static form posts an empty field as "", which
/// <see cref="EmailAddressAttribute"/> would refuse.
/// </summary>
internal sealed class OptionalEmailAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) =>
        value is not string text || string.IsNullOrWhiteSpace(text) || new EmailAddressAttribute().IsValid(text.Trim());
}

/// <summary>A consultation as the chair and the public see its frame.</summary>
public sealed record ConsultationView(
    int Id, int EditionNumber, string Introduction, DateTimeOffset StartsAt, DateTimeOffset EndsAt, DateTimeOffset? ClosedAt,
    ConsultationStatus Status);

/// <summary>The chair's overview: the consultation and how many proposals are where.</summary>
internal sealed record ConsultationOverview(ConsultationView Consultation, int Pending, int Published, int Rejected, int Answered);

/// <summary>A published proposal with its answer, as the public page shows it (never the e-mail).</summary>
public sealed record PublishedProposal(
    int Id, string Reference, int GroupId, int? ItemId, string Text, string? AuthorName, string? Organisation, DateTimeOffset SubmittedAt,
    ProposalOutcome? Outcome, string? AnswerText, DateTimeOffset? AnsweredAt, int? AnswerItemId, ItemNumber? AnswerItemNumber, int? AnswerVersionNumber);

/// <summary>The public page: the consultation, the edition it is about and the published proposals.</summary>
public sealed record PublicConsultation(ConsultationView Consultation, EditionDocument Document, IReadOnlyList<PublishedProposal> Proposals)
{
    private Dictionary<int, EditionGroup>? groupOfItem;

    public IEnumerable<PublishedProposal> On(int groupId, int? itemId) =>
        Proposals.Where(p => p.GroupId == groupId && p.ItemId == itemId);

    /// <summary>The section (working group) holding an item; built once, not scanned per item.</summary>
    public EditionGroup GroupOf(int itemId)
    {
        groupOfItem ??= Document.Groups
            .SelectMany(g => g.Sections.SelectMany(s => s.Items).Select(i => (i.ItemId, Group: g)))
            .ToDictionary(x => x.ItemId, x => x.Group);
        return groupOfItem[itemId];
    }

    public EditionGroup? Section(int position) => Document.Groups.FirstOrDefault(g => g.Position == position);

    /// <summary>The section before (-1) or after (+1) the given one, if any.</summary>
    public EditionGroup? Neighbour(EditionGroup section, int step)
    {
        var index = Document.Groups.ToList().IndexOf(section) + step;
        return index >= 0 && index < Document.Groups.Count ? Document.Groups[index] : null;
    }

    /// <summary>
    /// The page of one section: a 1,000-item edition on one page was 3.5 MB of HTML, too much for a
    /// visitor's phone and, at 64 connections, over a second per page (docs/benchmarks.md).
    /// </summary>
    public static string SectionPath(int position) => $"/consultation/sections/{position}";

    public string ItemPath(int itemId) => SectionPath(GroupOf(itemId).Position);
}

/// <summary>Where a proposal can be aimed: a section (group) or an item of the consulted edition.</summary>
internal sealed record ProposalTarget(string Key, string Label, bool IsSection);

/// <summary>What a sender sees with their reference number.</summary>
internal sealed record ProposalStatusView(
    string Reference, DateTimeOffset SubmittedAt, ProposalState State, RejectionGround? RejectionGround, string? RejectionNote,
    string Text, string TargetLabel, ProposalOutcome? Outcome, string? AnswerText);

/// <summary>A proposal in the chair's moderation queue; the e-mail is shown to the committee only.</summary>
public sealed record ModerationRow(
    int Id, string Reference, string Target, string Text, string? AuthorName, string? Organisation, string? Email, DateTimeOffset SubmittedAt);

/// <summary>A published proposal for the owning group to answer.</summary>
public sealed record AnswerRow(
    int Id, string Reference, int GroupId, string GroupName, string Target, string Text, string? AuthorName, string? Organisation,
    DateTimeOffset SubmittedAt, ProposalOutcome? Outcome, string? AnswerText, int? AnswerItemId, int? AnswerVersionNumber);

/// <summary>An item of a group with its versions, to link an answer to the version that took a proposal in.</summary>
public sealed record AnswerTargetItem(int ItemId, int GroupId, ItemNumber Number, string Title, int LatestVersion);

/// <summary>One line of the report: a proposal, its answer and the version that took it in.</summary>
internal sealed record ReportLine(
    string Reference, string GroupName, string Target, string Text, string? AuthorName, string? Organisation, DateTimeOffset SubmittedAt,
    ProposalOutcome? Outcome, string? AnswerText, ItemNumber? AnswerItemNumber, int? AnswerVersionNumber);

public sealed record ReportCount(string Label, int Proposals, int Accepted, int PartlyAccepted, int Declined, int Unanswered);

/// <summary>"You said, we did": every published proposal with its answer, and the counts.</summary>
internal sealed record ConsultationReport(
    ConsultationView Consultation, int Received, int Published, int Rejected,
    IReadOnlyList<ReportCount> ByGroup, IReadOnlyList<ReportCount> ByItem, IReadOnlyDictionary<string, int> ByOutcome,
    IReadOnlyList<ReportLine> Lines);
