namespace StrategyWorkspace.Tests.Domain;

public sealed class ConsultationTests
{
    private static readonly DateTimeOffset Now = new(2016, 10, 1, 9, 0, 0, TimeSpan.Zero);

    private static Consultation Running(DateTimeOffset? startsAt = null) =>
        Consultation.Open(1, "Запрошуємо", startsAt ?? Now.AddDays(-1), Now.AddDays(30), "chair", Now.AddDays(-2), []);

    private static Proposal Published(int groupId = 1)
    {
        var proposal = new Proposal(1, "ABCDEFGHJ", groupId, null, "Пропозиція", null, null, null, Now);
        proposal.Publish("chair", Now);
        return proposal;
    }

    [Fact]
    public void A_consultation_is_scheduled_open_then_closed_by_its_dates_or_the_chair()
    {
        var consultation = Running(startsAt: Now.AddDays(1));

        Assert.Equal(ConsultationStatus.Scheduled, consultation.StatusAt(Now));
        Assert.Equal(ConsultationStatus.Open, consultation.StatusAt(Now.AddDays(2)));
        Assert.Equal(ConsultationStatus.Closed, consultation.StatusAt(Now.AddDays(30)));

        consultation.Close("chair", Now.AddDays(2));
        Assert.Equal((ConsultationStatus.Closed, Now.AddDays(2)), (consultation.StatusAt(Now.AddDays(3)), consultation.EndedAt));
        Assert.Equal("Consultation_AlreadyClosed", Assert.Throws<WorkspaceRuleException>(() => consultation.Close("chair", Now.AddDays(3))).MessageKey);
    }

    [Fact]
    public void One_consultation_at_a_time_while_another_is_open_or_scheduled()
    {
        var running = Running();
        var scheduled = Running(startsAt: Now.AddDays(5));

        Assert.Equal("Consultation_AnotherOpen", Assert.Throws<InvalidInputException>(() =>
            Consultation.Open(2, "", Now, Now.AddDays(10), "chair", Now, [running])).MessageKey);
        Assert.Throws<InvalidInputException>(() => Consultation.Open(2, "", Now, Now.AddDays(10), "chair", Now, [scheduled]));

        running.Close("chair", Now);
        Assert.Equal(2, Consultation.Open(2, "", Now, Now.AddDays(10), "chair", Now, [running]).EditionNumber);
    }

    [Fact]
    public void Its_period_must_end_after_it_starts_and_not_in_the_past()
    {
        Assert.Equal("Consultation_EndBeforeStart", Assert.Throws<WorkspaceRuleException>(() =>
            Consultation.Open(1, "", Now, Now, "chair", Now, [])).MessageKey);
        Assert.Equal("Consultation_EndInPast", Assert.Throws<WorkspaceRuleException>(() =>
            Consultation.Open(1, "", Now.AddDays(-5), Now.AddDays(-1), "chair", Now, [])).MessageKey);
    }

    [Fact]
    public void A_proposal_is_moderated_once_and_only_a_published_one_is_answered()
    {
        var proposal = new Proposal(1, "ABCDEFGHJ", 1, null, "  Пропозиція  ", " ", null, null, Now);
        Assert.Equal(("Пропозиція", null, ProposalState.Pending), (proposal.Text, proposal.AuthorName, proposal.State));
        Assert.Throws<WorkspaceRuleException>(() => proposal.Answer(ProposalOutcome.Accepted, "Так", null, null, "member", Now));

        proposal.Reject(RejectionGround.Spam, "Реклама", "chair", Now);
        Assert.Equal((ProposalState.Rejected, RejectionGround.Spam, "Реклама"), (proposal.State, proposal.RejectionGround, proposal.RejectionNote));
        Assert.Throws<WorkspaceRuleException>(() => proposal.Publish("chair", Now));
        Assert.Throws<InvalidInputException>(() =>
            new Proposal(1, "ABCDEFGHK", 1, null, "П", null, null, null, Now).Reject(RejectionGround.Abuse, new string('н', Proposal.MaxAnswerLength + 1), "chair", Now));
    }

    [Fact]
    public void An_answer_gives_a_reason_and_names_a_version_of_the_proposal_s_own_group()
    {
        var item = new Item { Id = 7, WorkingGroupId = 1 };
        item.AddVersion("Т", "1", null, "m", "", Now);
        item.AddVersion("Т", "2", 1, "m", "", Now);
        var proposal = Published();

        Assert.Equal("Consultation_AnswerReasonRequired", Assert.Throws<InvalidInputException>(() =>
            proposal.Answer(ProposalOutcome.Accepted, " ", item, null, "member", Now)).MessageKey);
        Assert.Equal("Consultation_AnswerItemNotInGroup", Assert.Throws<InvalidInputException>(() =>
            proposal.Answer(ProposalOutcome.Accepted, "Так", new Item { Id = 8, WorkingGroupId = 2 }, null, "member", Now)).MessageKey);
        Assert.Equal("Items_UnknownVersion", Assert.Throws<InvalidInputException>(() =>
            proposal.Answer(ProposalOutcome.Accepted, "Так", item, 3, "member", Now)).MessageKey);
        Assert.Equal("Consultation_DeclinedHasNoVersion", Assert.Throws<WorkspaceRuleException>(() =>
            proposal.Answer(ProposalOutcome.Declined, "Ні", item, null, "member", Now)).MessageKey);

        proposal.Answer(ProposalOutcome.Accepted, " Враховано ", item, null, "member", Now);
        Assert.Equal((ProposalOutcome.Accepted, "Враховано", 7, 2), (proposal.Outcome, proposal.AnswerText, proposal.AnswerItemId, proposal.AnswerVersionNumber));

        proposal.Answer(ProposalOutcome.Declined, "Передумали", null, null, "member", Now);
        Assert.Equal((ProposalOutcome.Declined, null, null), (proposal.Outcome, proposal.AnswerItemId, proposal.AnswerVersionNumber));
    }

    [Fact]
    public void A_proposal_is_received_only_while_the_consultation_is_open()
    {
        var consultation = Running(startsAt: Now.AddDays(1));

        Assert.Equal("Consultation_NotOpen", Assert.Throws<InvalidInputException>(() =>
            consultation.Receive("ABCDEFGHJ", 1, null, "Пропозиція", null, null, null, Now)).MessageKey);
        var proposal = consultation.Receive("ABCDEFGHJ", 1, 7, " Пропозиція ", "Петро", null, null, Now.AddDays(2));
        Assert.Equal((ProposalState.Pending, 7, "Пропозиція"), (proposal.State, proposal.ItemId, proposal.Text));
        consultation.Close("chair", Now.AddDays(3));
        Assert.Throws<InvalidInputException>(() => consultation.Receive("ABCDEFGHK", 1, null, "Пізно", null, null, null, Now.AddDays(3)));
    }
}
