using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Admin.Groups;
using StrategyWorkspace.Features.Consultations;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Consultations;

/// <summary>The groups' answers.</summary>
public sealed class AnswerServiceTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app = fixture.App;

    private Task<(int Id, string Reference)> PublishedProposalAsync(string? target = null, string text = "Пропозиція") =>
        ConsultationTestData.PublishedProposalAsync(app, target, text);

    [Fact]
    public async Task The_owning_group_answers_with_the_version_that_took_it_in()
    {
        await ConsultationTestData.OpenFreshAsync(app);
        var (id, reference) = await PublishedProposalAsync();
        var member = await app.UserIdAsync(Demo.Economy);
        var item = (await app.Scoped<AnswerService>().AnswerItemsAsync(member)).First();

        Assert.Contains(await app.Scoped<AnswerService>().ToAnswerAsync(member), p => p.Id == id);
        Assert.DoesNotContain(await app.Scoped<AnswerService>().ToAnswerAsync(await app.UserIdAsync(Demo.Social)), p => p.Id == id);
        await app.Scoped<AnswerService>().AnswerAsync(member, id, ProposalOutcome.PartlyAccepted, "Враховано в переліку заходів", item.ItemId, item.LatestVersion);

        var proposal = (await app.Scoped<VisitorService>().GetPublicAsync())!.Proposals.Single(p => p.Id == id);
        Assert.Equal((ProposalOutcome.PartlyAccepted, "Враховано в переліку заходів", item.Number, item.LatestVersion),
            (proposal.Outcome, proposal.AnswerText, proposal.AnswerItemNumber, proposal.AnswerVersionNumber));
        Assert.Equal(ProposalOutcome.PartlyAccepted, (await app.Scoped<VisitorService>().StatusAsync(reference))!.Outcome);
    }

    [Fact]
    public async Task An_archived_group_still_answers_what_the_public_sent_it()
    {
        await ConsultationTestData.OpenFreshAsync(app);
        var (id, _) = await PublishedProposalAsync();
        var (admin, member) = (await app.UserIdAsync(Demo.Admin), await app.UserIdAsync(Demo.Economy));
        var groups = app.Scoped<GroupAdminService>();
        var economy = await app.GroupIdAsync(1);
        await groups.SetArchivedAsync(admin, economy, true);
        try
        {
            Assert.Contains(await app.Scoped<AnswerService>().ToAnswerAsync(member), p => p.Id == id);
            await app.Scoped<AnswerService>().AnswerAsync(member, id, ProposalOutcome.Declined, "Група завершила роботу; питання передано до плану заходів", null, null);

            Assert.Equal(ProposalOutcome.Declined, (await app.Scoped<AnswerService>().ToAnswerAsync(member)).Single(p => p.Id == id).Outcome);
        }
        finally
        {
            await groups.SetArchivedAsync(admin, economy, false);
        }
    }

    [Fact]
    public async Task Answering_is_refused_to_other_groups_experts_and_without_a_reason()
    {
        await ConsultationTestData.OpenFreshAsync(app);
        var (id, _) = await PublishedProposalAsync();
        var (social, expert, member) = (await app.UserIdAsync(Demo.Social), await app.UserIdAsync(Demo.Expert), await app.UserIdAsync(Demo.Economy));
        var otherGroupsItem = await app.Scoped<DraftingService>().CreateItemAsync(social, await app.GroupIdAsync(4), ItemKind.Goal, new DraftInput { Title = Demo.Unique("Ціль") }, []);

        await Assert.ThrowsAsync<ActionRefusedException>(() => app.Scoped<AnswerService>().AnswerAsync(social, id, ProposalOutcome.Accepted, "Так", null, null));
        await Assert.ThrowsAsync<ActionRefusedException>(() => app.Scoped<AnswerService>().AnswerAsync(expert, id, ProposalOutcome.Accepted, "Так", null, null));
        Assert.Equal("Consultation_AnswerReasonRequired",
            (await Assert.ThrowsAsync<InvalidInputException>(() => app.Scoped<AnswerService>().AnswerAsync(member, id, ProposalOutcome.Declined, " ", null, null))).MessageKey);
        Assert.Equal("Consultation_AnswerItemNotInGroup",
            (await Assert.ThrowsAsync<InvalidInputException>(() => app.Scoped<AnswerService>().AnswerAsync(member, id, ProposalOutcome.Accepted, "Так", otherGroupsItem, 1))).MessageKey);
    }
}
