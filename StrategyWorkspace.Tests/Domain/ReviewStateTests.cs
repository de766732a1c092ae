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

        var error = Assert.Throws<InvalidInputException>(() => item.Reject(second, "chair", "  ", Now));

        Assert.Equal("Review_ReasonRequired", error.MessageKey);
        Assert.Equal("Reason", error.Field);
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

    [Fact]
    public void Withdrawing_makes_the_version_a_draft_again_and_records_who_and_when()
    {
        var (item, _, second) = TwoVersions();
        item.Submit(second, "m", null, Now);

        item.Withdraw(second, "m2", Now.AddHours(1));

        Assert.Equal((RevisionState.Draft, "m2", Now.AddHours(1)), (second.State, second.WithdrawnById, second.WithdrawnAt));
        item.Submit(second, "m", null, Now.AddHours(2));
        Assert.Null(second.WithdrawnById);
    }

    [Fact]
    public void Deciding_or_withdrawing_what_is_not_pending_says_it_is_not_pending()
    {
        var (item, _, second) = TwoVersions();

        foreach (var decide in new Action[]
        {
            () => item.Approve(second, "chair", null, Now),
            () => item.Reject(second, "chair", "ні", Now),
            () => item.Withdraw(second, "m", Now),
            () => second.Judge(null, "expert", VerdictKind.Endorse, null, Now),
        })
        {
            Assert.Equal("Review_NotPending", Assert.Throws<WorkspaceRuleException>(decide).MessageKey);
        }
    }

    [Fact]
    public void Notes_and_reasons_longer_than_their_field_are_refused_before_anything_changes()
    {
        var (item, _, second) = TwoVersions();
        var tooLong = new string('x', ItemVersion.MaxDecisionReasonLength + 1);

        Assert.Equal("Note", Assert.Throws<InvalidInputException>(() => item.Submit(second, "m", new string('x', Item.MaxChangeNoteLength + 1), Now)).Field);
        item.Submit(second, "m", null, Now);
        Assert.Equal("Reason", Assert.Throws<InvalidInputException>(() => item.Reject(second, "chair", tooLong, Now)).Field);
        Assert.Equal("Reason", Assert.Throws<InvalidInputException>(() => item.Approve(second, "chair", tooLong, Now)).Field);
        Assert.Equal(RevisionState.Submitted, second.State);
    }

    [Fact]
    public void An_experts_verdict_asks_a_note_to_request_changes_and_judging_again_replaces_it()
    {
        var (item, _, second) = TwoVersions();
        item.Submit(second, "m", null, Now);

        var error = Assert.Throws<InvalidInputException>(() => second.Judge(null, "expert", VerdictKind.RequestChanges, " ", Now));
        Assert.Equal(("Note", "Review_VerdictNoteRequired"), (error.Field, error.MessageKey));

        var verdict = second.Judge(null, "expert", VerdictKind.RequestChanges, " додайте цифри ", Now);
        Assert.Equal((second.Number, "expert", VerdictKind.RequestChanges, "додайте цифри"), (verdict.VersionNumber, verdict.ExpertId, verdict.Kind, verdict.Note));

        var again = second.Judge(verdict, "expert", VerdictKind.Endorse, null, Now.AddHours(1));
        Assert.Same(verdict, again);
        Assert.Equal((VerdictKind.Endorse, "", Now.AddHours(1)), (again.Kind, again.Note, again.At));
    }
}
