using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StrategyWorkspace.Features.Consolidation;
using StrategyWorkspace.Features.Consultations;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Hosting;

namespace StrategyWorkspace.Tests.Infrastructure;

/// <summary>
/// bUnit tests of components that call the real services of the class's app on its SQLite file:
/// the services as a circuit gets them, and what their components inject besides.
/// </summary>
public abstract class WorkspaceFixtureComponentTest : WorkspaceComponentTest, IClassFixture<WorkspaceFixture>
{
    protected WorkspaceFixtureComponentTest(WorkspaceFixture fixture)
    {
        App = fixture.App;
        Services.AddSingleton(App.Scoped<ConsolidationService>());
        Services.AddSingleton(App.Scoped<ConsultationService>());
        Services.AddSingleton(App.Service<MarkdownRenderer>());
        Services.AddSingleton(Options.Create(new WorkspaceOptions()));
    }

    protected WorkspaceFactory App { get; }
}
