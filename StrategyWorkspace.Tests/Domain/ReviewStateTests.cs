using StrategyWorkspace.Domain;

namespace StrategyWorkspace.Tests.Domain;

public sealed class ReviewStateTests
{
    private static readonly DateTimeOffset Now = new(2016, 10, 1, 9, 0, 0, TimeSpan.Zero);

    private static (Item Item, ItemVersion First, ItemVersion Second) TwoVersions()
    {
        var item = new Item();
        var first = item.AddVersion("Т", "1", null, "m", "", Now);
        var second = item.AddVersion("Т", "2", 1, "m", "", Now);
        return (item, first, second);
    }

    [Fact]
    public void Only_the_newest_version_can_be_submitted()
    {
        var (item, first, _) = TwoVersions();
        var error = Assert.Throws<WorkspaceRuleException>(() => item.Submit(first, "m", null, Now));
        Assert.Equal("Review_OnlyNewestCanBeSubmitted", error.MessageKey);
    }

    [Fact]
    public void Submitting_records_who_when_and_the_note()
    {
        var (item, _, second) = TwoVersions();
        item.Submit(second, "m", "  прошу переглянути  ", Now);
        Assert.Equal((RevisionState.Submitted, "m", "прошу переглянути", Now), (second.State, second.SubmittedById, second.SubmissionNote, second.SubmittedAt));
    }

    [Fact]
    public void A_newer_submission_supersedes_the_pending_one()
    {
        var item = new Item();
        var first = item.AddVersion("Т", "1", null, "m", "", Now);
        item.Submit(first, "m", null, Now);
        var second = item.AddVersion("Т", "2", 1, "m", "", Now);

        item.Submit(second, "m", null, Now);

        Assert.Equal(RevisionState.Superseded, first.State);
        Assert.Equal(RevisionState.Submitted, second.State);
    }

    [Fact]
    public void Approving_makes_the_version_the_items_approved_one_and_supersedes_the_previous_approval()
    {
        var item = new Item();
        var first = item.AddVersion("Т", "1", null, "m", "", Now);
        item.Submit(first, "m", null, Now);
        item.Approve(first, "chair", null, Now);
        var second = item.AddVersion("Т", "2", 1, "m", "", Now);
        item.Submit(second, "m", null, Now);

        item.Approve(second, "chair", "добре", Now);

        Assert.Equal(2, item.ApprovedVersionNumber);
        Assert.Equal(RevisionState.Superseded, first.State);
        Assert.Equal((RevisionState.Approved, "chair", "добре"), (second.State, second.DecidedById, second.DecisionReason));
    }

    [Fact]
    public void A_rejection_needs_a_reason()
    {
        var (item, _, second) = TwoVersions();
        item.Submit(second, "m", null, Now);

        var error = Assert.Throws<WorkspaceRuleException>(() => item.Reject(second, "chair", "  ", Now));

        Assert.Equal("Review_ReasonRequired", error.MessageKey);
        Assert.Equal(RevisionState.Submitted, second.State);
        item.Reject(second, "chair", "бракує цифр", Now);
        Assert.Equal((RevisionState.Rejected, "бракує цифр"), (second.State, second.DecisionReason));
    }

    [Fact]
    public void Every_change_of_state_renews_the_state_token()
    {
        var (item, _, second) = TwoVersions();
        var before = second.StateToken;
        item.Submit(second, "m", null, Now);
        Assert.NotEqual(before, second.StateToken);
    }

    [Fact]
    public void Approving_twice_is_refused()
    {
        var (item, _, second) = TwoVersions();
        item.Submit(second, "m", null, Now);
        item.Approve(second, "chair", null, Now);
        Assert.Throws<WorkspaceRuleException>(() => item.Approve(second, "chair", null, Now));
    }
}
