using AngleSharp.Dom;
using Bunit;
using MudBlazor;
using StrategyWorkspace.Components.Shared;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Admin.Groups;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Admin;

public sealed class GroupsPageTests(WorkspaceFixture fixture) : WorkspaceFixtureComponentTest(fixture)
{
    private async Task<IRenderedComponent<GroupsPage>> AdministratorOpensAsync()
    {
        SignIn(await App.UserIdAsync(Demo.Admin), Demo.Admin, WorkspaceRoles.Administrator);
        Render<MudPopoverProvider>();
        Render<MudDialogProvider>();
        var page = Render<GroupsPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[role=region]")));
        return page;
    }

    private static IElement Panel(IRenderedComponent<GroupsPage> page, string groupName) =>
        page.FindAll("[role=region]").Single(p => p.QuerySelector("h2")!.TextContent.Contains(groupName));

    [Fact]
    public async Task The_administrator_sees_each_group_with_its_members_and_actions()
    {
        var page = await AdministratorOpensAsync();

        Assert.Equal("Групи та учасники", page.Find("h1").TextContent.Trim());
        Assert.Contains(page.FindAll("button"), b => b.TextContent.Trim() == "Створити групу");
        // The drafters of the committee's sections come first, named like members but never renamed or archived.
        Assert.Equal(
            ["Укладачі розділів комітету", "1. Економіка і екологія", "2. Інфраструктура і система життєзабезпечення", "3. Децентралізація та демократичне врядування",
             "4. Соціальна сфера і культура", "5. Громадська безпека і відбудова миру"],
            page.FindAll("[role=region] h2").Select(h => h.TextContent.Trim()).Take(6));
        var drafters = page.Find("[role=region][aria-labelledby=section-drafters]");
        Assert.Equal(["Додати"], drafters.QuerySelectorAll("button").Select(b => b.TextContent.Trim()).Where(t => t.Length > 0));
        var economy = Panel(page, "Економіка і екологія");
        Assert.Equal("Олена Коваленко (economy@demo.local)", economy.QuerySelector(".member-list li")!.TextContent.Trim());
        Assert.NotNull(economy.QuerySelector("button[aria-label='Вилучити Олена Коваленко з «Економіка і екологія»']"));
        Assert.Equal(["Перейменувати", "Архівувати", "Додати"],
            economy.QuerySelectorAll("button").Select(b => b.TextContent.Trim()).Where(t => t.Length > 0));
    }

    [Fact]
    public async Task Archiving_a_group_marks_it_archived_and_offers_to_restore_it()
    {
        var name = Demo.Unique("Тимчасова група");
        await App.Scoped<GroupAdminService>().CreateAsync(await App.UserIdAsync(Demo.Admin), new GroupInput { Name = name });
        var page = await AdministratorOpensAsync();
        Assert.Contains("Учасників ще немає.", Panel(page, name).TextContent);

        page.Click(() => Panel(page, name).QuerySelector($"button[aria-label='Архівувати групу «{name}»']")!);

        page.WaitForAssertion(() => Assert.Contains("В архіві", Panel(page, name).TextContent));
        Assert.NotNull(Panel(page, name).QuerySelector($"button[aria-label='Відновити групу «{name}»']"));
        // An archived group takes no new members.
        Assert.DoesNotContain(Panel(page, name).QuerySelectorAll("button"), b => b.TextContent.Trim() == "Додати");
    }

    [Theory]
    [InlineData(Demo.Economy, WorkspaceRoles.Member)]
    [InlineData(Demo.Chair, WorkspaceRoles.Chair)]
    public async Task Anyone_but_the_administrator_is_not_allowed(string email, string role)
    {
        SignIn(await App.UserIdAsync(email), email, role);

        // As in the layout: the page's refusal shows through the error boundary around it.
        var page = Render<WorkspaceErrorBoundary>(p => p.AddChildContent<GroupsPage>());

        page.WaitForAssertion(() => Assert.Equal("Недостатньо прав", page.Find("h1").TextContent.Trim()));
        Assert.Empty(page.FindAll("[role=region]"));
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Contains("Створити групу"));
    }

    [Fact]
    public async Task Reads_in_english_too()
    {
        UseCulture("en");

        var page = await AdministratorOpensAsync();

        Assert.Equal("Groups and members", page.Find("h1").TextContent.Trim());
        Assert.Contains(page.FindAll("button"), b => b.TextContent.Trim() == "Create group");
        Assert.Contains("Members", Panel(page, "Економіка і екологія").QuerySelector("h3")!.TextContent);
    }
}
