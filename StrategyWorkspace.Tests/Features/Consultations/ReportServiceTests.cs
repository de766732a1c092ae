using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Consultations;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Consultations;

/// <summary>The report of what a consultation brought.</summary>
public sealed class ReportServiceTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app = fixture.App;
    private ConsultationService Consultations => app.Scoped<ConsultationService>();

    private Task<string> ChairAsync() => app.UserIdAsync(Demo.Chair);

    private Task<(int Id, string Reference)> PublishedProposalAsync(string? target = null, string text = "Пропозиція") =>
        ConsultationTestData.PublishedProposalAsync(app, target, text);

    [Fact]
    public async Task The_report_counts_by_group_item_and_outcome_and_is_public_only_after_closing()
    {
        var consultation = await ConsultationTestData.OpenFreshAsync(app);
        var member = await app.UserIdAsync(Demo.Economy);
        var (accepted, _) = await PublishedProposalAsync(text: "Перша");
        var (declined, _) = await PublishedProposalAsync(text: "Друга");
        await PublishedProposalAsync(text: "Третя");
        var rejected = await app.Scoped<VisitorService>().SendAsync(ConsultationTestData.Proposal(await ConsultationTestData.EconomySectionAsync(app), "Спам"));
        var chair = await ChairAsync();
        await app.Scoped<ModerationService>().RejectAsync(chair, (await app.Scoped<ModerationService>().PendingAsync(chair)).Single(p => p.Reference == rejected).Id, RejectionGround.OffTopic, null);
        var item = (await app.Scoped<AnswerService>().AnswerItemsAsync(member)).First();
        await app.Scoped<AnswerService>().AnswerAsync(member, accepted, ProposalOutcome.Accepted, "Враховано", item.ItemId, null);
        await app.Scoped<AnswerService>().AnswerAsync(member, declined, ProposalOutcome.Declined, "Поза межами повноважень", null, null);

        await Assert.ThrowsAsync<ActionRefusedException>(() => app.Scoped<ReportService>().ReportAsync(null));
        await Consultations.CloseAsync(chair, consultation);
        var report = await app.Scoped<ReportService>().ReportAsync(null);

        Assert.Equal((4, 3, 1), (report!.Received, report.Published, report.Rejected));
        Assert.Equal((1, 0, 1, 1), (report.ByOutcome["Accepted"], report.ByOutcome["PartlyAccepted"], report.ByOutcome["Declined"], report.ByOutcome["Unanswered"]));
        var economy = Assert.Single(report.ByGroup);
        Assert.Equal(("1. Економіка і екологія", 3, 1, 1, 1), (economy.Label, economy.Proposals, economy.Accepted, economy.Declined, economy.Unanswered));
        var first = report.Lines.Single(l => l.Text == "Перша");
        Assert.Equal((item.Number, item.LatestVersion), (first.AnswerItemNumber, first.AnswerVersionNumber));
        Assert.Equal(ConsultationStatus.Closed, (await app.Scoped<VisitorService>().GetPublicAsync())!.Consultation.Status);
        Assert.Equal(3, (await app.Scoped<VisitorService>().GetPublicAsync())!.Proposals.Count);

        // The next consultation does not hide this one's report.
        await ConsultationTestData.OpenFreshAsync(app);
        var earlier = await app.Scoped<ReportService>().ReportAsync(null, consultation);
        Assert.Equal((consultation, 3), (earlier!.Consultation.Id, earlier.Published));
        Assert.Contains(await Consultations.ListAsync(), c => c.Id == consultation && c.Status == ConsultationStatus.Closed);
        await Assert.ThrowsAsync<ActionRefusedException>(() => app.Scoped<ReportService>().ReportAsync(null));
    }
}
