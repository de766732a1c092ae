using StrategyWorkspace.Domain;

namespace StrategyWorkspace.Features.Review;

/// <summary>A version waiting for the chair's decision, as the review and approval queues list it.</summary>
internal sealed record PendingSubmission(
    int ItemId, ItemNumber Number, string Title, ItemKind Kind, int GroupId, string GroupName,
    int VersionNumber, string SubmittedBy, DateTimeOffset SubmittedAt, string? Note,
    int Endorsements = 0, int ChangeRequests = 0);

/// <summary>An expert's verdict as the compare page and the chair see it.</summary>
internal sealed record VerdictView(string Expert, VerdictKind Kind, string Note, DateTimeOffset At);
