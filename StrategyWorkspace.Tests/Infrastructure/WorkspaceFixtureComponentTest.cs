using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StrategyWorkspace.Features.Activity;
using StrategyWorkspace.Features.Admin.Groups;
using StrategyWorkspace.Features.Admin.Users;
using StrategyWorkspace.Features.Consolidation;
using StrategyWorkspace.Features.Consultations;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Features.Notifications;
using StrategyWorkspace.Features.Review;
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
        Services.AddSingleton(App.Scoped<DraftingService>());
        Services.AddSingleton(App.Scoped<ItemReader>());
        Services.AddSingleton(App.Scoped<ReviewService>());
        Services.AddSingleton(App.Scoped<CommentService>());
        Services.AddSingleton(App.Scoped<ActivityService>());
        Services.AddSingleton(App.Scoped<NotificationService>());
        Services.AddSingleton(App.Scoped<ConsolidationService>());
        Services.AddSingleton(App.Scoped<EditionReader>());
        Services.AddSingleton(App.Scoped<ConsultationService>());
        Services.AddSingleton(App.Scoped<UserAdminService>());
        Services.AddSingleton(App.Scoped<GroupAdminService>());
        // The app's own notifiers, so that what its services send reaches the open page.
        Services.AddSingleton(App.Service<ItemLiveNotifier>());
        Services.AddSingleton(App.Service<InboxNotifier>());
        Services.AddSingleton(App.Service<MarkdownRenderer>());
        Services.AddSingleton(Options.Create(new WorkspaceOptions()));
    }

    protected WorkspaceFactory App { get; }
}
