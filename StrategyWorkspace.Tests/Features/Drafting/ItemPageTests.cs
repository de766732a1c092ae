using Bunit;
using MudBlazor;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Activity;
using StrategyWorkspace.Features.Consolidation;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Features.Review;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Drafting;

public sealed class ItemPageTests(WorkspaceFixture fixture) : WorkspaceFixtureComponentTest(fixture)
{
    private async Task<(string Member, int Id, string Title)> NewItemAsync()
    {
        var member = await App.UserIdAsync(Demo.Economy);
        var title = Demo.Unique("Пункт");
        var id = await App.Scoped<DraftingService>().CreateItemAsync(member, await App.GroupIdAsync(), ItemKind.Problem,
            new DraftInput { Title = title, Body = "Вступ і **Жирний** текст", ChangeNote = "Перший начерк" }, []);
        return (member, id, title);
    }

    private async Task<IRenderedComponent<ItemPage>> OpensAsync(string email, string role, int itemId)
    {
        SignIn(await App.UserIdAsync(email), email, role);
        Render<MudPopoverProvider>();
        Render<MudDialogProvider>();
        var page = Render<ItemPage>(p => p.Add(x => x.ItemId, itemId));
        page.WaitForAssertion(() => page.Find("h1"));
        return page;
    }

    private static IEnumerable<string> Actions(IRenderedComponent<ItemPage> page) =>
        page.FindAll("a, button").Select(e => e.TextContent.Trim());

    [Fact]
    public async Task A_member_of_the_group_reads_the_newest_text_with_edit_submit_and_history()
    {
        var (_, id, title) = await NewItemAsync();
        var group = await App.GroupIdAsync();

        var page = await OpensAsync(Demo.Economy, WorkspaceRoles.Member, id);

        Assert.Matches($@"^1\.1\.\d+ {title}$", page.Find("h1").TextContent.Trim());
        Assert.Equal("Жирний", page.Find("[role=region] strong").TextContent);
        Assert.Equal($"/items/{id}/edit", page.FindAll("a").Single(a => a.TextContent.Trim() == "Редагувати").GetAttribute("href"));
        Assert.Equal($"/items/{id}/compare", page.FindAll("a").Single(a => a.TextContent.Trim() == "Порівняти версії").GetAttribute("href"));
        Assert.Contains("Подати на затвердження", Actions(page));
        Assert.Contains("версія 1, автор: Олена Коваленко", page.Markup);
        Assert.Contains(page.FindAll("a"), a => a.TextContent.Contains("Економіка і екологія") && a.GetAttribute("href") == $"/groups/{group}");
        Assert.Equal(["Історія версій", "Дії з цим пунктом"], page.FindAll("h2").Select(h => h.TextContent.Trim()).Where(h => h is "Історія версій" or "Дії з цим пунктом"));
        page.WaitForAssertion(() => Assert.Contains("Перший начерк", page.Find("section[aria-labelledby=item-activity-heading]").TextContent));
    }

    [Fact]
    public async Task A_member_of_another_group_reads_it_but_may_not_edit_or_submit()
    {
        var (_, id, title) = await NewItemAsync();

        var page = await OpensAsync(Demo.Social, WorkspaceRoles.Member, id);

        Assert.Contains(title, page.Find("h1").TextContent);
        Assert.Contains("Порівняти версії", Actions(page));
        Assert.DoesNotContain("Редагувати", Actions(page));
        Assert.DoesNotContain("Подати на затвердження", Actions(page));
    }

    [Fact]
    public async Task Withdrawing_a_submission_offers_to_submit_again()
    {
        var (member, id, _) = await NewItemAsync();
        await App.Scoped<ReviewService>().SubmitAsync(member, id, 1, null);
        var page = await OpensAsync(Demo.Economy, WorkspaceRoles.Member, id);
        Assert.DoesNotContain("Подати на затвердження", Actions(page));

        page.Click(() => page.FindAll("button").Single(b => b.TextContent.Trim() == "Відкликати подання"));

        page.WaitForAssertion(() => Assert.Contains("Подати на затвердження", Actions(page)));
        Assert.DoesNotContain("Відкликати подання", Actions(page));
        Assert.NotEqual(RevisionState.Submitted, (await App.Scoped<ItemReader>().GetItemAsync(member, id)).Latest.State);
    }

    [Fact]
    public async Task A_rejected_version_says_why()
    {
        var (member, id, _) = await NewItemAsync();
        await App.Scoped<ReviewService>().SubmitAsync(member, id, 1, null);
        await App.Scoped<ReviewService>().RejectAsync(await App.UserIdAsync(Demo.Chair), id, 1, "Бракує даних");

        var page = await OpensAsync(Demo.Economy, WorkspaceRoles.Member, id);

        Assert.Contains(page.FindAll(".mud-alert"), alert => alert.TextContent.Trim() == "Голова відхилив(ла) цю версію: Бракує даних");
    }

    [Fact]
    public async Task Reads_in_english_too()
    {
        UseCulture("en");
        var (_, id, _) = await NewItemAsync();

        var page = await OpensAsync(Demo.Economy, WorkspaceRoles.Member, id);

        Assert.Contains("Compare versions", Actions(page));
        Assert.Contains("Submit for approval", Actions(page));
        Assert.Contains("version 1 by Олена Коваленко", page.Markup);
        Assert.Contains(page.FindAll("h2"), h => h.TextContent.Trim() == "History of versions");
    }
}
