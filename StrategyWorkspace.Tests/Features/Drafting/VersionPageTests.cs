using Bunit;
using StrategyWorkspace.Components.Shared;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Admin.Users;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Drafting;

public sealed class VersionPageTests(WorkspaceFixture fixture) : WorkspaceFixtureComponentTest(fixture)
{
    /// <summary>An item with two versions, so that opening the first shows it and not the newest.</summary>
    private async Task<(int Id, string Title)> ItemWithTwoVersionsAsync()
    {
        var member = await App.UserIdAsync(Demo.Economy);
        var title = Demo.Unique("Версійний");
        var drafting = App.Scoped<DraftingService>();
        var id = await drafting.CreateItemAsync(member, await App.GroupIdAsync(), ItemKind.Problem,
            new DraftInput { Title = title, Body = "Перший **текст**", ChangeNote = "Перший начерк" }, []);
        await drafting.SaveVersionAsync(member, id, 1, new DraftInput { Title = title, Body = "Новіший текст", ChangeNote = "Друга думка" });
        return (id, title);
    }

    private IRenderedComponent<VersionPage> Opens(int itemId, int number)
    {
        var page = Render<VersionPage>(p => p.Add(x => x.ItemId, itemId).Add(x => x.Number, number));
        page.WaitForAssertion(() => page.Find("h1"));
        return page;
    }

    [Fact]
    public async Task An_earlier_version_reads_with_its_own_text_author_and_note_and_leads_back_to_the_item()
    {
        var (id, title) = await ItemWithTwoVersionsAsync();
        SignIn(await App.UserIdAsync(Demo.Social), Demo.Social, WorkspaceRoles.Member);

        var page = Opens(id, 1);

        Assert.Equal($"Версія 1: {title}", page.Find("h1").TextContent.Trim());
        Assert.Contains("Збережена версія ніколи не змінюється.", page.Find(".mud-alert").TextContent);
        Assert.Contains("версія 1, автор: Олена Коваленко", page.Markup);
        Assert.Contains("· Перший начерк", page.Markup);
        Assert.Equal("текст", page.Find(".mud-paper strong").TextContent);
        Assert.DoesNotContain("Новіший текст", page.Markup);
        var back = page.FindAll("a").Single(a => a.TextContent.Trim() == "Повернутися до пункту");
        Assert.Equal($"/items/{id}", back.GetAttribute("href"));
    }

    [Fact]
    public async Task The_newest_version_shows_the_newest_text()
    {
        var (id, title) = await ItemWithTwoVersionsAsync();
        SignIn(await App.UserIdAsync(Demo.Expert), Demo.Expert, WorkspaceRoles.Expert);

        var page = Opens(id, 2);

        Assert.Equal($"Версія 2: {title}", page.Find("h1").TextContent.Trim());
        Assert.Contains("Новіший текст", page.Find(".mud-paper").TextContent);
        Assert.Contains("· Друга думка", page.Markup);
    }

    [Fact]
    public async Task A_disabled_account_is_not_allowed_to_read_it()
    {
        var (id, _) = await ItemWithTwoVersionsAsync();
        var admin = await App.UserIdAsync(Demo.Admin);
        var accounts = App.Scoped<UserAdminService>();
        var email = $"{Demo.Unique("vymknenyi")}@demo.local";
        var issued = await accounts.CreateAsync(admin, new NewAccountInput { Email = email, DisplayName = "Вимкнений читач" });
        await accounts.SetDisabledAsync(admin, issued.UserId, disabled: true);
        // The sign-in cookie outlives the account's disabling: the page must ask the database.
        SignIn(issued.UserId, email, WorkspaceRoles.Member);

        var page = Render<WorkspaceErrorBoundary>(p => p.AddChildContent<VersionPage>(v => v.Add(x => x.ItemId, id).Add(x => x.Number, 1)));

        page.WaitForAssertion(() => Assert.Equal("Недостатньо прав", page.Find("h1").TextContent.Trim()));
        Assert.DoesNotContain("Перший", page.Markup);
    }

    [Fact]
    public async Task Reads_in_english_too()
    {
        UseCulture("en");
        var (id, title) = await ItemWithTwoVersionsAsync();
        SignIn(await App.UserIdAsync(Demo.Economy), Demo.Economy, WorkspaceRoles.Member);

        var page = Opens(id, 1);

        Assert.Equal($"Version 1: {title}", page.Find("h1").TextContent.Trim());
        Assert.Contains("A saved version is never changed.", page.Find(".mud-alert").TextContent);
        Assert.Contains("version 1 by Олена Коваленко", page.Markup);
        Assert.Contains(page.FindAll("a"), a => a.TextContent.Trim() == "Back to the item");
    }
}
