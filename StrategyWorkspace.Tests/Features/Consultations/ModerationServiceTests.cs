using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Consultations;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Consultations;

/// <summary>The chair's moderation.</summary>
public sealed class ModerationServiceTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app = fixture.App;

    private Task<string> ChairAsync() => app.UserIdAsync(Demo.Chair);

    private Task<(int Id, string Reference)> PublishedProposalAsync(string? target = null, string text = "Пропозиція") =>
        ConsultationTestData.PublishedProposalAsync(app, target, text);

    [Fact]
    public async Task The_chair_publishes_or_rejects_with_a_ground_and_the_sender_sees_which()
    {
        await ConsultationTestData.OpenFreshAsync(app);
        var section = await ConsultationTestData.EconomySectionAsync(app);
        var (_, published) = await PublishedProposalAsync(section, "Корисна пропозиція");
        var spam = await app.Scoped<VisitorService>().SendAsync(ConsultationTestData.Proposal(section, "Купуйте дешево!"));
        var chair = await ChairAsync();
        var spamId = (await app.Scoped<ModerationService>().PendingAsync(chair)).Single(p => p.Reference == spam).Id;

        await app.Scoped<ModerationService>().RejectAsync(chair, spamId, RejectionGround.Spam, "реклама");

        var proposals = (await app.Scoped<VisitorService>().GetPublicAsync())!.Proposals;
        Assert.Contains(proposals, p => p.Reference == published);
        Assert.DoesNotContain(proposals, p => p.Reference == spam);
        var status = await app.Scoped<VisitorService>().StatusAsync(spam);
        Assert.Equal((ProposalState.Rejected, RejectionGround.Spam, "реклама"), (status!.State, status.RejectionGround, status.RejectionNote));
        var again = await Assert.ThrowsAsync<WorkspaceRuleException>(() => app.Scoped<ModerationService>().PublishAsync(chair, spamId));
        Assert.Equal("Consultation_ProposalStateChanged", again.MessageKey);
    }
}
