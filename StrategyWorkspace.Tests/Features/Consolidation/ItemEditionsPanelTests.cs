using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Consolidation;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Consolidation;

public sealed class ItemEditionsPanelTests(WorkspaceFixture fixture) : WorkspaceFixtureComponentTest(fixture)
{
    private async Task<int> DemoProblemIdAsync()
    {
        var document = await App.Scoped<EditionReader>().GetDocumentAsync(await App.UserIdAsync(Demo.Expert), 1);
        return document!.Groups[0].Sections[0].Items[0].ItemId;
    }

    [Fact]
    public async Task The_item_shows_which_edition_holds_which_version()
    {
        var id = await DemoProblemIdAsync();
        SignIn(await App.UserIdAsync(Demo.Expert), Demo.Expert, WorkspaceRoles.Expert);

        var panel = Render<ItemEditionsPanel>(p => p.Add(x => x.ItemId, id));

        panel.WaitForAssertion(() => Assert.Contains("Редакція 1", panel.Find("li").TextContent));
        Assert.Equal(["/editions/1#item-" + id, $"/items/{id}/versions/1"], panel.Find("li").QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Empty(panel.FindAll("button"));
    }

    [Fact]
    public async Task An_item_no_edition_holds_offers_no_withdrawal()
    {
        var member = await App.UserIdAsync(Demo.Economy);
        var id = await App.Scoped<StrategyWorkspace.Features.Drafting.DraftingService>().CreateItemAsync(member, await App.GroupIdAsync(),
            ItemKind.Problem, new StrategyWorkspace.Features.Drafting.DraftInput { Title = Demo.Unique("Чернетка") }, []);
        SignIn(member, Demo.Economy, WorkspaceRoles.Member);

        var panel = Render<ItemEditionsPanel>(p => p.Add(x => x.ItemId, id));

        panel.WaitForAssertion(() => Assert.Contains("Жодна редакція", panel.Markup));
        Assert.Empty(panel.FindAll("button"));
    }

    [Fact]
    public async Task A_member_of_the_group_withdraws_the_item_and_can_bring_it_back()
    {
        var id = await DemoProblemIdAsync();
        SignIn(await App.UserIdAsync(Demo.Economy), Demo.Economy, WorkspaceRoles.Member);
        var dialogs = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        var panel = Render<ItemEditionsPanel>(p => p.Add(x => x.ItemId, id));
        panel.WaitForAssertion(() => panel.Find("button"));

        panel.Click(() => panel.FindAll("button").Single(b => b.TextContent.Contains("Вилучити з документа")));
        dialogs.WaitForAssertion(() => dialogs.Find("textarea"));
        dialogs.Find("textarea").Input("Об’єднано з іншою проблемою");
        dialogs.Click(() => dialogs.FindAll("button").Single(b => b.TextContent.Contains("Вилучити з документа")));

        panel.WaitForAssertion(() => Assert.Contains("Робоча група вилучила цей пункт", panel.Markup));
        panel.WaitForAssertion(() => Assert.Contains(panel.FindAll("button"), b => b.TextContent.Contains("Повернути до документа")));
        panel.Click(() => panel.FindAll("button").Single(b => b.TextContent.Contains("Повернути до документа")));
        panel.WaitForAssertion(() => Assert.DoesNotContain("Робоча група вилучила цей пункт", panel.Markup));
    }
}
