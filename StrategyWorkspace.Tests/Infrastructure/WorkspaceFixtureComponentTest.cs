using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Hosting;

namespace StrategyWorkspace.Tests.Infrastructure;

/// <summary>
/// bUnit tests of components that call the real services of the class's app on its SQLite file. The
/// services come from the app's own registrations, from one scope as a circuit has one: whatever the
/// base does not provide itself (bUnit's renderer, JS interop and sign-in, MudBlazor without transitions)
/// a component gets as the running app would give it, so a new service needs no line here.
/// </summary>
public abstract class WorkspaceFixtureComponentTest : WorkspaceComponentTest, IClassFixture<WorkspaceFixture>
{
    private readonly IServiceScope circuit;

    protected WorkspaceFixtureComponentTest(WorkspaceFixture fixture)
    {
        App = fixture.App;
        circuit = App.Services.CreateScope();
        Services.AddFallbackServiceProvider(circuit.ServiceProvider);
        // The app's options and clock, not the plain base's defaults.
        Services.AddSingleton(App.Service<IOptions<WorkspaceOptions>>());
        Services.AddSingleton(App.Service<CommitteeClock>());
        // What talks to the browser must take bUnit's JS interop, not the app's unconnected one.
        Services.AddScoped<BrowserDraftCopy>();
    }

    protected WorkspaceFactory App { get; }

    protected override void Dispose(bool disposing)
    {
        // The components first, as a circuit ends: they may still call their services as they go.
        base.Dispose(disposing);
        if (disposing)
        {
            circuit.Dispose();
        }
    }
}
