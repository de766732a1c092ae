using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Activity;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Features.Review;
using StrategyWorkspace.Hosting;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Activity;

/// <summary>The activity log page: filters narrow the log, and a failed reload leaves list and filters in agreement.</summary>
public abstract class ActivityPageTestBase : WorkspaceComponentTest
{
    protected abstract WorkspaceFactory App { get; }

    protected void UseApp()
    {
        Services.AddSingleton(App.Scoped<ActivityService>());
        Services.AddSingleton(App.Scoped<GroupDirectory>());
        Services.AddSingleton(Options.Create(new WorkspaceOptions()));
    }

    protected async Task<string> SubmittedItemAsync()
    {
        var member = await App.UserIdAsync(Demo.Economy);
        var title = Demo.Unique("До журналу");
        var id = await App.Scoped<DraftingService>().CreateItemAsync(member, await App.GroupIdAsync(), ItemKind.Problem, new DraftInput { Title = title }, []);
        await App.Scoped<ReviewService>().SubmitAsync(member, id, 1, "прошу глянути");
        return title;
    }

    protected async Task<IRenderedComponent<ActivityPage>> ExpertOpensAsync()
    {
        SignIn(await App.UserIdAsync(Demo.Expert), Demo.Expert, WorkspaceRoles.Expert);
        Render<MudPopoverProvider>();
        var page = Render<ActivityPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("tbody tr")));
        return page;
    }

    protected static MudSelect<ActivityKind?> EventFilter(IRenderedComponent<ActivityPage> page) =>
        page.FindComponents<MudSelect<ActivityKind?>>().Single().Instance;

    // The kind the page binds to its filter, which is what the page decided. MudBlazor's MUD0012 keeps
    // components from reading each other's parameters; a test reading what its page passed is not that.
#pragma warning disable MUD0012
    protected static ActivityKind? ChosenEvent(IRenderedComponent<ActivityPage> page) => EventFilter(page).Value;
#pragma warning restore MUD0012

    protected static Task ChooseEventAsync(IRenderedComponent<ActivityPage> page, ActivityKind kind) =>
        page.InvokeAsync(() => EventFilter(page).ValueChanged.InvokeAsync(kind));

    protected static IEnumerable<string> EventsShown(IRenderedComponent<ActivityPage> page) =>
        page.FindAll("tbody tr").Select(row => row.QuerySelectorAll("td")[2].TextContent.Trim());
}

public sealed class ActivityPageTests(WorkspaceFixture fixture) : ActivityPageTestBase, IClassFixture<WorkspaceFixture>
{
    protected override WorkspaceFactory App => fixture.App;

    [Fact]
    public async Task Choosing_an_event_narrows_the_log_to_it()
    {
        UseApp();
        var title = await SubmittedItemAsync();
        var page = await ExpertOpensAsync();

        await ChooseEventAsync(page, ActivityKind.Submitted);

        page.WaitForAssertion(() => Assert.All(EventsShown(page), shown => Assert.Equal("Подано на затвердження", shown)));
        Assert.Contains(page.FindAll("tbody tr"), row => row.TextContent.Contains(title));
        Assert.Equal("Журнал дій", page.Find("h1").TextContent);
        Assert.Contains(page.FindAll("label"), label => label.TextContent.Trim() == "Подія");
    }

    [Fact]
    public async Task Older_entries_come_a_page_at_a_time_under_the_ones_shown()
    {
        UseApp();
        var member = await App.UserIdAsync(Demo.Economy);
        var oldest = Demo.Unique("Найдавніший запис");
        await using (var db = await App.Service<IDbContextFactory<WorkspaceDbContext>>().CreateDbContextAsync())
        {
            // More than a page, all older than anything else in the log.
            var longAgo = DateTimeOffset.UtcNow.AddYears(-3);
            db.Activity.AddRange(Enumerable.Range(0, ActivityService.PageSize + 5).Select(n =>
                new ActivityEntry(ActivityKind.Commented, member, longAgo.AddMinutes(-n), null, null, null, n == ActivityService.PageSize + 4 ? oldest : $"старий запис {n}")));
            await db.SaveChangesAsync();
        }
        var page = await ExpertOpensAsync();
        page.WaitForAssertion(() => Assert.Equal(ActivityService.PageSize, page.FindAll("tbody tr").Count));
        Assert.DoesNotContain(oldest, page.Markup);

        page.Click(() => page.FindAll("button").Single(b => b.TextContent.Trim() == "Показати давніші записи"));

        page.WaitForAssertion(() => Assert.Contains(oldest, page.FindAll("tbody tr")[^1].TextContent));
        // Each of them once: nothing of the first page repeated, nothing skipped.
        var ours = page.FindAll("tbody tr").Select(r => r.TextContent).Where(t => t.Contains("старий запис ")).ToList();
        Assert.Equal(ActivityService.PageSize + 4, ours.Distinct().Count());
        Assert.Equal(ours.Count, ours.Distinct().Count());
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Trim() == "Показати давніші записи");
    }

    [Fact]
    public async Task Reads_in_english_too()
    {
        UseApp();
        UseCulture("en");
        var page = await ExpertOpensAsync();

        Assert.Equal("Activity log", page.Find("h1").TextContent);
    }
}

/// <summary>PostgreSQL only: the app reaches it through a relay the test cuts.</summary>
public sealed class ActivityPageOutageTests : ActivityPageTestBase
{
    private readonly WorkspaceFactory app = new WorkspaceFactory().ThroughRelay();

    protected override WorkspaceFactory App => app;

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task A_filter_whose_reload_fails_goes_back_to_match_the_list_so_choosing_again_retries()
    {
        Assert.SkipWhen(WorkspaceFactory.PostgresServer is null, "A database server to lose needs PostgreSQL (SW_TEST_POSTGRES).");
        UseApp();
        await SubmittedItemAsync();
        var page = await ExpertOpensAsync();
        var snackbars = Render<MudSnackbarProvider>();
        var before = EventsShown(page).ToList();

        app.Relay.Cut();
        await ChooseEventAsync(page, ActivityKind.Submitted);

        snackbars.WaitForAssertion(() => Assert.Contains("База даних зараз не відповідає", snackbars.Markup));
        Assert.Null(ChosenEvent(page));
        Assert.Equal(before, EventsShown(page));

        app.Relay.Restore();
        await ChooseEventAsync(page, ActivityKind.Submitted);

        page.WaitForAssertion(() => Assert.All(EventsShown(page), shown => Assert.Equal("Подано на затвердження", shown)));
        Assert.Equal(ActivityKind.Submitted, ChosenEvent(page));
    }
}
