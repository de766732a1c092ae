using Bunit;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Features.Notifications;
using StrategyWorkspace.Features.Review;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Notifications;

public sealed class InboxPageTests(WorkspaceFixture fixture) : WorkspaceFixtureComponentTest(fixture)
{
    /// <summary>The economy member submits a new item: the experts and the chair are told.</summary>
    private async Task<(int Id, string Label)> SubmittedItemAsync()
    {
        var member = await App.UserIdAsync(Demo.Economy);
        var title = Demo.Unique("До скриньки");
        var id = await App.Scoped<DraftingService>().CreateItemAsync(member, await App.GroupIdAsync(), ItemKind.Problem, new DraftInput { Title = title }, []);
        await App.Scoped<ReviewService>().SubmitAsync(member, id, 1, null);
        var number = (await App.Scoped<ItemReader>().GetItemAsync(member, id)).Number;
        return (id, $"{number} {title}");
    }

    private async Task<IRenderedComponent<InboxPage>> OpensAsync(string email, string role)
    {
        SignIn(await App.UserIdAsync(email), email, role);
        Render<MudPopoverProvider>();
        return Render<InboxPage>();
    }

    private static AngleSharp.Dom.IElement RowOf(IRenderedComponent<InboxPage> page, string label) =>
        page.FindAll("ul.inbox li").Single(li => li.TextContent.Contains(label));

    [Fact]
    public async Task The_chair_sees_a_new_submission_unread_with_a_link_to_compare_it()
    {
        var (id, label) = await SubmittedItemAsync();

        var page = await OpensAsync(Demo.Chair, WorkspaceRoles.Chair);

        page.WaitForAssertion(() => Assert.Contains(label, page.Markup));
        Assert.Equal("Сповіщення", page.Find("h1").TextContent.Trim());
        var row = RowOf(page, label);
        Assert.Contains("unread", row.ClassList);
        Assert.Contains("Нове:", row.TextContent);
        var link = row.QuerySelector("a")!;
        Assert.Equal($"Олена Коваленко подав(ла) {label}, версія 1, на затвердження", link.TextContent.Trim());
        Assert.Equal($"/items/{id}/compare", link.GetAttribute("href"));
        Assert.Contains(page.FindAll("button"), b => b.TextContent.Trim() == "Позначити всі прочитаними");
    }

    [Fact]
    public async Task Marking_all_read_leaves_no_new_notification_and_no_button()
    {
        var (_, label) = await SubmittedItemAsync();
        var page = await OpensAsync(Demo.Expert, WorkspaceRoles.Expert);
        page.WaitForAssertion(() => Assert.Contains(label, page.Markup));

        page.Click(() => page.FindAll("button").Single(b => b.TextContent.Trim() == "Позначити всі прочитаними"));

        page.WaitForAssertion(() => Assert.Contains("read", RowOf(page, label).ClassList));
        Assert.DoesNotContain(page.FindAll("ul.inbox li"), li => li.ClassList.Contains("unread"));
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Contains("Позначити всі прочитаними"));
        Assert.Equal(0, await App.Scoped<NotificationService>().UnreadCountAsync(await App.UserIdAsync(Demo.Expert)));
    }

    [Fact]
    public async Task A_submission_made_while_the_inbox_is_open_appears_without_a_reload()
    {
        var page = await OpensAsync(Demo.Chair, WorkspaceRoles.Chair);
        page.WaitForAssertion(() => Assert.Empty(page.FindAll(".mud-progress-linear")));

        var (_, label) = await SubmittedItemAsync();

        page.WaitForAssertion(() => Assert.Contains("unread", RowOf(page, label).ClassList));
    }

    [Fact]
    public async Task A_member_of_another_group_is_not_told_of_the_submission()
    {
        var (_, label) = await SubmittedItemAsync();

        var page = await OpensAsync(Demo.Social, WorkspaceRoles.Member);

        page.WaitForAssertion(() => Assert.Contains("Сповіщень немає.", page.Markup));
        Assert.DoesNotContain(label, page.Markup);
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Contains("Позначити всі прочитаними"));
    }

    [Fact]
    public async Task Older_notifications_come_a_hundred_at_a_time_under_the_ones_shown()
    {
        var reader = await App.UserIdAsync(Demo.Security);
        var item = await App.Scoped<DraftingService>().CreateItemAsync(await App.UserIdAsync(Demo.Economy), await App.GroupIdAsync(),
            ItemKind.Problem, new DraftInput { Title = Demo.Unique("Для скриньки") }, []);
        var oldest = Demo.Unique("Найдавніше");
        await using (var db = await App.Service<IDbContextFactory<WorkspaceDbContext>>().CreateDbContextAsync())
        {
            var longAgo = DateTimeOffset.UtcNow.AddYears(-1);
            db.Notifications.AddRange(Enumerable.Range(0, NotificationService.PageSize + 5).Select(n => new Notification
            {
                UserId = reader, Kind = NotificationKind.Approved, ItemId = item, VersionNumber = 1, ActorName = "Голова комітету",
                ItemLabel = n == NotificationService.PageSize + 4 ? oldest : $"пункт {n}", At = longAgo.AddMinutes(-n), IsRead = true,
            }));
            await db.SaveChangesAsync();
        }
        var page = await OpensAsync(Demo.Security, WorkspaceRoles.Member);
        page.WaitForAssertion(() => Assert.Equal(NotificationService.PageSize, page.FindAll("ul.inbox li").Count));
        Assert.DoesNotContain(oldest, page.Markup);

        page.Click(() => page.FindAll("button").Single(b => b.TextContent.Trim() == "Показати давніші сповіщення"));

        page.WaitForAssertion(() => Assert.Contains(oldest, page.FindAll("ul.inbox li")[^1].TextContent));
        Assert.Equal(NotificationService.PageSize + 5, page.FindAll("ul.inbox li").Count);
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Trim() == "Показати давніші сповіщення");
    }

    [Fact]
    public async Task Reads_in_english_too()
    {
        UseCulture("en");
        var (_, label) = await SubmittedItemAsync();

        var page = await OpensAsync(Demo.Chair, WorkspaceRoles.Chair);

        page.WaitForAssertion(() => Assert.Contains(label, page.Markup));
        Assert.Equal("Notifications", page.Find("h1").TextContent.Trim());
        Assert.Equal($"Олена Коваленко submitted {label}, version 1, for approval", RowOf(page, label).QuerySelector("a")!.TextContent.Trim());
        Assert.Contains(page.FindAll("button"), b => b.TextContent.Trim() == "Mark all read");
    }
}
