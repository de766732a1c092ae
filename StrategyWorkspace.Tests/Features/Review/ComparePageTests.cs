using Bunit;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Features.Review;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Review;

public sealed class ComparePageTests(WorkspaceFixture fixture) : WorkspaceFixtureComponentTest(fixture)
{
    /// <summary>A new item whose version 1 waits for a decision.</summary>
    private async Task<(int Id, string Number, string Title)> SubmittedItemAsync()
    {
        var member = await App.UserIdAsync(Demo.Economy);
        var title = Demo.Unique("На порівняння");
        var id = await App.Scoped<DraftingService>().CreateItemAsync(member, await App.GroupIdAsync(), ItemKind.Problem,
            new DraftInput { Title = title, Body = "Перший текст" }, []);
        await App.Scoped<ReviewService>().SubmitAsync(member, id, 1, null);
        return (id, (await App.Scoped<ItemReader>().GetItemAsync(member, id)).Number.ToString(), title);
    }

    private async Task<IRenderedComponent<ComparePage>> OpensAsync(string email, string role, int itemId)
    {
        SignIn(await App.UserIdAsync(email), email, role);
        Render<MudPopoverProvider>();
        var page = Render<ComparePage>(p => p.Add(x => x.ItemId, itemId));
        page.WaitForAssertion(() => page.Find("section.version-diff"));
        return page;
    }

    [Fact]
    public async Task An_expert_sees_a_new_submission_against_an_empty_text_with_the_verdict_form()
    {
        var (id, number, title) = await SubmittedItemAsync();

        var page = await OpensAsync(Demo.Expert, WorkspaceRoles.Expert, id);

        Assert.Equal($"Порівняння версій {number}", page.Find("h1").TextContent.Trim());
        Assert.Equal($"/items/{id}", page.FindAll("a").Single(a => a.TextContent.Trim() == $"{number} {title}").GetAttribute("href"));
        Assert.Equal("Зміни від порожньо (новий пункт) до версія 1", page.Find("section.version-diff").GetAttribute("aria-label"));
        Assert.Contains("Перший текст", page.Find("section.version-diff").TextContent);
        Assert.Contains(page.FindAll("h2"), h => h.TextContent.Trim() == "Висновки експертів щодо версії 1");
        page.WaitForAssertion(() => Assert.Contains("Висновків ще немає.", page.Markup));
        Assert.Contains(page.FindAll("button"), b => b.TextContent.Trim() == "Зберегти висновок");
        Assert.Contains(page.FindAll("button"), b => b.TextContent.Trim() == "Додати коментар");
    }

    [Fact]
    public async Task A_member_sees_the_comparison_but_neither_verdict_nor_comment_form()
    {
        var (id, _, _) = await SubmittedItemAsync();

        var page = await OpensAsync(Demo.Economy, WorkspaceRoles.Member, id);

        Assert.Contains("Перший текст", page.Find("section.version-diff").TextContent);
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Trim() is "Зберегти висновок" or "Додати коментар");
    }

    [Fact]
    public async Task An_expert_s_endorsement_shows_in_the_verdicts()
    {
        var (id, _, _) = await SubmittedItemAsync();
        var page = await OpensAsync(Demo.Expert, WorkspaceRoles.Expert, id);
        page.WaitForAssertion(() => Assert.Contains("Висновків ще немає.", page.Markup));

        // Nothing is chosen beforehand: the button waits for a deliberate choice.
        Assert.True(page.FindAll("button").Single(b => b.TextContent.Trim() == "Зберегти висновок").HasAttribute("disabled"));
        await page.InvokeAsync(() => page.FindAll("input[type=radio]")[0].Click());
        page.Click(() => page.FindAll("button").Single(b => b.TextContent.Trim() == "Зберегти висновок"));

        page.WaitForAssertion(() => Assert.Contains("Міжнародний експерт", page.Find("ul.verdicts li").TextContent));
        Assert.Contains("Підтримати", page.Find("ul.verdicts li").TextContent);
        Assert.DoesNotContain("Висновків ще немає.", page.Markup);
    }

    [Fact]
    public async Task With_nothing_submitted_the_newest_version_is_compared_with_the_one_before()
    {
        var member = await App.UserIdAsync(Demo.Economy);
        var drafting = App.Scoped<DraftingService>();
        var id = await drafting.CreateItemAsync(member, await App.GroupIdAsync(), ItemKind.Problem,
            new DraftInput { Title = Demo.Unique("Схвалений"), Body = "Перший" }, []);
        await App.Scoped<ReviewService>().SubmitAsync(member, id, 1, null);
        await App.Scoped<ReviewService>().ApproveAsync(await App.UserIdAsync(Demo.Chair), id, 1, null);
        var item = await App.Scoped<ItemReader>().GetItemAsync(member, id);
        await drafting.SaveVersionAsync(member, id, 1, new DraftInput { Title = item.Latest.Title, Body = "Другий" });
        await drafting.SaveVersionAsync(member, id, 2, new DraftInput { Title = item.Latest.Title, Body = "Третій" });

        var page = await OpensAsync(Demo.Expert, WorkspaceRoles.Expert, id);

        Assert.Equal("Зміни від версія 2 до версія 3", page.Find("section.version-diff").GetAttribute("aria-label"));
    }

    [Fact]
    public async Task A_revision_is_compared_with_the_approved_version_and_another_choice_goes_to_its_address()
    {
        var member = await App.UserIdAsync(Demo.Economy);
        var id = await App.Scoped<DraftingService>().CreateItemAsync(member, await App.GroupIdAsync(), ItemKind.Problem,
            new DraftInput { Title = Demo.Unique("Доповнюваний"), Body = "Старий рядок" }, []);
        await App.Scoped<ReviewService>().SubmitAsync(member, id, 1, null);
        await App.Scoped<ReviewService>().ApproveAsync(await App.UserIdAsync(Demo.Chair), id, 1, null);
        var item = await App.Scoped<ItemReader>().GetItemAsync(member, id);
        await App.Scoped<DraftingService>().SaveVersionAsync(member, id, 1, new DraftInput { Title = item.Latest.Title, Body = "Новий рядок" });
        await App.Scoped<ReviewService>().SubmitAsync(member, id, 2, null);

        var page = await OpensAsync(Demo.Chair, WorkspaceRoles.Chair, id);

        Assert.Equal("Зміни від версія 1 до версія 2", page.Find("section.version-diff").GetAttribute("aria-label"));
        Assert.Contains(page.FindAll("h2"), h => h.TextContent.Trim() == "Висновки експертів щодо версії 2");
        var from = page.FindComponents<MudSelect<int>>()[0].Instance;
        await page.InvokeAsync(() => from.ValueChanged.InvokeAsync(0));
        Assert.EndsWith($"/items/{id}/compare?from=0&to=2", Services.GetRequiredService<BunitNavigationManager>().Uri);
    }

    [Fact]
    public async Task Reads_in_english_too()
    {
        UseCulture("en");
        var (id, number, _) = await SubmittedItemAsync();

        var page = await OpensAsync(Demo.Expert, WorkspaceRoles.Expert, id);

        Assert.Equal($"Compare versions of {number}", page.Find("h1").TextContent.Trim());
        Assert.Equal("Changes from empty (new item) to version 1", page.Find("section.version-diff").GetAttribute("aria-label"));
        Assert.Contains(page.FindAll("button"), b => b.TextContent.Trim() == "Record verdict");
    }
}
