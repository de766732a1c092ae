using Bunit;
using MudBlazor;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Drafting;

public sealed class GroupPageTests(WorkspaceFixture fixture) : WorkspaceFixtureComponentTest(fixture)
{
    private static readonly string[] NewButtons = ["Нова проблема", "Новий шлях вирішення", "Нова ціль", "Нове завдання", "Новий проєкт або захід"];

    private async Task<IRenderedComponent<GroupPage>> OpensAsync(string email, string role, int groupPosition = 1)
    {
        var groupId = await App.GroupIdAsync(groupPosition);
        SignIn(await App.UserIdAsync(email), email, role);
        Render<MudPopoverProvider>();
        Render<MudDialogProvider>();
        var page = Render<GroupPage>(p => p.Add(x => x.GroupId, groupId));
        page.WaitForAssertion(() => page.Find("h1"));
        return page;
    }

    [Fact]
    public async Task A_member_sees_the_group_s_items_by_kind_with_new_and_reorder_buttons()
    {
        var page = await OpensAsync(Demo.Economy, WorkspaceRoles.Member);

        Assert.Equal("1. Економіка і екологія", page.Find("h1").TextContent.Trim());
        Assert.Equal(["1.1. Проблеми", "1.2. Шляхи вирішення", "1.3. Цілі", "1.4. Завдання", "1.5. Проєкти та заходи"], page.FindAll("h2").Select(h => h.TextContent.Trim()));
        var problem = page.FindAll("tbody tr").Single(r => r.TextContent.Contains("Економіка області потребує відновлення"));
        Assert.Equal("1.1.1", problem.QuerySelector("td")!.TextContent.Trim());
        Assert.Contains("Олена Коваленко", problem.TextContent);
        Assert.NotNull(problem.QuerySelector("button[aria-label='Перемістити 1.1.1 нижче']"));
        Assert.Equal(NewButtons, page.FindAll("button").Select(b => b.TextContent.Trim()).Where(NewButtons.Contains));
        Assert.Contains("Поки немає.", page.Markup);
    }

    [Fact]
    public async Task A_member_of_another_group_reads_the_items_but_cannot_add_or_reorder()
    {
        var page = await OpensAsync(Demo.Social, WorkspaceRoles.Member);

        Assert.Contains(page.FindAll("tbody tr"), r => r.TextContent.Contains("Економіка області потребує відновлення"));
        Assert.DoesNotContain(page.FindAll("button"), b => NewButtons.Contains(b.TextContent.Trim()));
        Assert.Empty(page.FindAll("button[aria-label^='Перемістити']"));
        Assert.DoesNotContain(page.FindAll("th"), th => th.TextContent.Trim() == "Порядок");
    }

    [Fact]
    public async Task Moving_an_item_up_puts_it_before_the_one_above()
    {
        var member = await App.UserIdAsync(Demo.Security);
        var group = await App.GroupIdAsync(5);
        var first = Demo.Unique("Перша");
        var second = Demo.Unique("Друга");
        await App.Scoped<DraftingService>().CreateItemAsync(member, group, ItemKind.Task, new DraftInput { Title = first }, []);
        await App.Scoped<DraftingService>().CreateItemAsync(member, group, ItemKind.Task, new DraftInput { Title = second }, []);
        var page = await OpensAsync(Demo.Security, WorkspaceRoles.Member, groupPosition: 5);
        // Group 5 has no demo items: these two are its only rows.
        List<string> Titles() => page.FindAll("tbody tr").Select(r => r.QuerySelectorAll("td")[1].TextContent.Trim()).ToList();
        Assert.Equal([first, second], Titles());

        page.Click(() => page.FindAll("tbody tr").Single(r => r.TextContent.Contains(second))
            .QuerySelector("button[aria-label$='вище']")!);

        page.WaitForAssertion(() => Assert.Equal([second, first], Titles()));
        Assert.Equal("5.4.1", page.FindAll("tbody tr").Single(r => r.TextContent.Contains(second)).QuerySelector("td")!.TextContent.Trim());
    }

    [Fact]
    public async Task Reads_in_english_too()
    {
        UseCulture("en");

        var page = await OpensAsync(Demo.Economy, WorkspaceRoles.Member);

        Assert.Equal("1.1. Problems", page.FindAll("h2")[0].TextContent.Trim());
        Assert.Contains(page.FindAll("button"), b => b.TextContent.Trim() == "New problem");
        Assert.Contains(page.FindAll("th"), th => th.TextContent.Trim() == "Order");
    }
}
