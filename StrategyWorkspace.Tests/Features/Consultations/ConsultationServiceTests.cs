using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Consultations;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Consultations;

/// <summary>The chair opens and closes a consultation, and nobody else may.</summary>
public sealed class ConsultationServiceTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app = fixture.App;
    private ConsultationService Consultations => app.Scoped<ConsultationService>();

    private Task<string> ChairAsync() => app.UserIdAsync(Demo.Chair);

    [Fact]
    public async Task The_chair_opens_a_consultation_and_another_is_refused_while_it_runs()
    {
        await ConsultationTestData.OpenFreshAsync(app);

        var overview = await Consultations.GetOverviewAsync(await ChairAsync());
        Assert.Equal((ConsultationStatus.Open, 1), (overview!.Consultation.Status, overview.Consultation.EditionNumber));
        var second = await Assert.ThrowsAsync<InvalidInputException>(() => ConsultationTestData.OpenFreshAsyncWithoutClosing(app));
        Assert.Equal("Consultation_AnotherOpen", second.MessageKey);
    }

    [Theory]
    [InlineData(Demo.Economy)]
    [InlineData(Demo.Expert)]
    public async Task Only_the_chair_or_administrator_opens_closes_and_moderates(string email)
    {
        var id = await ConsultationTestData.OpenFreshAsync(app);
        var someone = await app.UserIdAsync(email);

        await Assert.ThrowsAsync<ActionRefusedException>(() => Consultations.OpenAsync(someone, new OpenConsultationInput { EditionNumber = 1, FirstDay = DateTime.Today, LastDay = DateTime.Today.AddDays(3) }));
        await Assert.ThrowsAsync<ActionRefusedException>(() => Consultations.CloseAsync(someone, id));
        await Assert.ThrowsAsync<ActionRefusedException>(() => app.Scoped<ModerationService>().PendingAsync(someone));
        await Assert.ThrowsAsync<ActionRefusedException>(() => app.Scoped<ModerationService>().PublishAsync(someone, 1));
        await Assert.ThrowsAsync<ActionRefusedException>(() => app.Scoped<ModerationService>().RejectAsync(someone, 1, RejectionGround.Spam, null));
        Assert.NotNull(await Consultations.GetOverviewAsync(await app.UserIdAsync(Demo.Admin)));
    }
}
