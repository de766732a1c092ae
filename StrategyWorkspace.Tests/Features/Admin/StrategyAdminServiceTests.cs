using StrategyWorkspace.Features.Admin.Strategy;
using StrategyWorkspace.Features.Dashboard;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Admin;

public sealed class StrategyAdminServiceTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app = fixture.App;
    private StrategyAdminService Strategies => app.Scoped<StrategyAdminService>();

    [Fact]
    public async Task The_administrator_edits_title_and_horizon()
    {
        var admin = await app.UserIdAsync(Demo.Admin);
        var input = await Strategies.GetForEditAsync(admin);
        input.Title = "Стратегія розвитку Луганської області до 2027 року";
        input.Horizon = 2027;

        await Strategies.UpdateAsync(admin, input);

        var dashboard = await app.Scoped<DashboardService>().GetAsync(admin);
        Assert.Equal(("Стратегія розвитку Луганської області до 2027 року", 2027),
            (dashboard.StrategyTitle, dashboard.Horizon));
    }

    [Fact]
    public async Task A_save_over_someone_elses_newer_save_is_refused_as_stale()
    {
        var admin = await app.UserIdAsync(Demo.Admin);
        var first = await Strategies.GetForEditAsync(admin);
        var second = await Strategies.GetForEditAsync(admin);
        first.Title = "Перше";
        await Strategies.UpdateAsync(admin, first);

        second.Title = "Друге";
        await Assert.ThrowsAsync<StaleDataException>(() => Strategies.UpdateAsync(admin, second));

        Assert.Equal("Перше", (await Strategies.GetForEditAsync(admin)).Title);
    }

    [Fact]
    public async Task Saving_twice_in_a_row_with_the_returned_token_works()
    {
        var admin = await app.UserIdAsync(Demo.Admin);
        var input = await Strategies.GetForEditAsync(admin);
        input.Title = "Раз";
        input.ConcurrencyToken = await Strategies.UpdateAsync(admin, input);
        input.Title = "Два";
        await Strategies.UpdateAsync(admin, input);
        Assert.Equal("Два", (await Strategies.GetForEditAsync(admin)).Title);
    }

    [Theory]
    [InlineData("", 2020, nameof(StrategyInput.Title))]
    [InlineData("Назва", 1999, nameof(StrategyInput.Horizon))]
    [InlineData("Назва", 2101, nameof(StrategyInput.Horizon))]
    public async Task Bad_values_are_refused_on_their_field(string title, int horizon, string field)
    {
        var admin = await app.UserIdAsync(Demo.Admin);
        var input = await Strategies.GetForEditAsync(admin);
        input.Title = title;
        input.Horizon = horizon;

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => Strategies.UpdateAsync(admin, input));
        Assert.Equal(field, error.Field);
    }

    [Theory]
    [InlineData(Demo.Chair)]
    [InlineData(Demo.Expert)]
    [InlineData(Demo.Economy)]
    public async Task A_non_administrator_is_refused(string email)
    {
        var admin = await app.UserIdAsync(Demo.Admin);
        var actor = await app.UserIdAsync(email);
        var input = await Strategies.GetForEditAsync(admin);
        input.Title = "Захоплено";

        await Assert.ThrowsAsync<ActionRefusedException>(() => Strategies.GetForEditAsync(actor));
        await Assert.ThrowsAsync<ActionRefusedException>(() => Strategies.UpdateAsync(actor, input));
        Assert.NotEqual("Захоплено", (await Strategies.GetForEditAsync(admin)).Title);
    }
}
