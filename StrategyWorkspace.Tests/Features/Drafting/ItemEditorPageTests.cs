using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;
using StrategyWorkspace.Data;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Hosting;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Drafting;

public sealed class ItemEditorPageTests : WorkspaceComponentTest, IClassFixture<WorkspaceFixture>
{
    private readonly WorkspaceFactory app;

    public ItemEditorPageTests(WorkspaceFixture fixture)
    {
        app = fixture.App;
        Services.AddSingleton(app.Scoped<DraftingService>());
        Services.AddSingleton(app.Scoped<WorkingCopyService>());
        Services.AddSingleton(app.Scoped<ItemReader>());
        Services.AddSingleton(app.Service<ItemLiveNotifier>());
        Services.AddSingleton(app.Service<MarkdownRenderer>());
        Services.AddSingleton(app.Service<IDbContextFactory<WorkspaceDbContext>>());
        Services.AddSingleton(Options.Create(new WorkspaceOptions()));
        Services.AddScoped<BrowserDraftCopy>();
    }

    private void KeptInTheBrowser(string member, int itemId, BrowserDraftCopy.Kept kept) =>
        JSInterop.Setup<string?>("workspace.keptDraft", $"strategyworkspace.draft.{member}.{itemId}")
            .SetResult(System.Text.Json.JsonSerializer.Serialize(kept));

    private async Task<(string Member, int ItemId)> NewItemAsync()
    {
        var member = await app.UserIdAsync(Demo.Economy);
        var group = await app.GroupIdAsync();
        var id = await app.Scoped<DraftingService>().CreateItemAsync(member, group, ItemKind.Problem,
            new DraftInput { Title = "Проблема", Body = "# Заголовок\n\nТекст" }, []);
        return (member, id);
    }

    private IRenderedComponent<ItemEditorPage> RenderEditor(int itemId, bool waitUntilTypable = true)
    {
        Render<MudPopoverProvider>();
        Render<MudDialogProvider>();
        var page = Render<ItemEditorPage>(p => p.Add(c => c.ItemId, itemId));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("h1")));
        if (waitUntilTypable && page.FindAll("textarea").Count > 0)
        {
            // The fields take typing once the browser's copy has been looked for, one render later.
            page.WaitForAssertion(() => Assert.False(page.Find("textarea").HasAttribute("readonly")));
        }
        return page;
    }

    [Fact]
    public async Task The_preview_follows_typing_quickly_and_waits_longer_on_a_very_large_text()
    {
        var (member, id) = await NewItemAsync();
        SignIn(member, Demo.Economy, WorkspaceRoles.Member);
        var page = RenderEditor(id);
        MudTextField<string> Body() => page.FindComponents<MudTextField<string>>().Single(f => f.FindAll("#item-body").Count == 1).Instance;

        Assert.Equal(40, Body().DebounceInterval);

        page.Find("textarea").Input(new string('а', 25_000));
        page.WaitForAssertion(() => Assert.Equal(300, Body().DebounceInterval));
    }

    [Fact]
    public async Task Shows_the_newest_text_with_a_live_preview()
    {
        var (member, id) = await NewItemAsync();
        SignIn(member, Demo.Economy, WorkspaceRoles.Member);

        var page = RenderEditor(id);

        Assert.StartsWith("Редагування 1.1.", page.Find("h1").TextContent.Trim());
        Assert.Equal("Заголовок", page.Find(".preview h1").TextContent);
        page.Find("textarea").Input("**Жирний** текст <script>alert(1)</script>");
        page.WaitForAssertion(() => Assert.Equal("Жирний", page.Find(".preview strong").TextContent));
        Assert.Empty(page.FindAll(".preview script"));
    }

    [Fact]
    public async Task A_goal_s_editor_offers_its_level_priority_and_condition_and_a_problem_s_does_not()
    {
        var (member, problem) = await NewItemAsync();
        var goal = await app.Scoped<DraftingService>().CreateItemAsync(member, await app.GroupIdAsync(), ItemKind.Goal,
            new DraftInput { Title = "Ціль", Goal = new GoalTraits(GoalLevel.Operational, 2, "Після ухвалення закону") }, []);
        SignIn(member, Demo.Economy, WorkspaceRoles.Member);

        var page = RenderEditor(goal);
        var problemsEditor = Render<ItemEditorPage>(p => p.Add(c => c.ItemId, problem));
        problemsEditor.WaitForAssertion(() => Assert.NotEmpty(problemsEditor.FindAll("textarea")));
        Assert.Empty(problemsEditor.FindAll("fieldset.goal-traits-fields"));

        var fields = page.Find("fieldset.goal-traits-fields");
        Assert.Equal("Рівень, пріоритет і умова", fields.QuerySelector("legend")!.TextContent.Trim());
        Assert.Equal("Після ухвалення закону", page.Find("#goal-condition").GetAttribute("value"));
        page.Find("#goal-condition").Change("Після ухвалення закону про децентралізацію");
        page.WaitForAssertion(() => Assert.Equal("Після ухвалення закону про децентралізацію", page.Find("#goal-condition").GetAttribute("value")));
    }

    [Fact]
    public async Task An_unsaved_working_copy_comes_back_with_a_notice_and_can_be_discarded()
    {
        var (member, id) = await NewItemAsync();
        await app.Scoped<WorkingCopyService>().SaveAsync(member, id, 1, "Проблема", "Незбережене");
        SignIn(member, Demo.Economy, WorkspaceRoles.Member);

        var page = RenderEditor(id);

        Assert.Contains("Ваш незбережений текст відновлено із сервера.", page.Markup);
        Assert.Equal("Незбережене", page.Find("textarea").GetAttribute("value") ?? page.Find("textarea").TextContent);
        page.Click(() => page.FindAll("button").Single(b => b.TextContent.Trim() == "Відкинути"));
        page.WaitForAssertion(() => Assert.DoesNotContain("відновлено із сервера", page.Markup));
        Assert.Null(await app.Scoped<WorkingCopyService>().GetAsync(member, id));
    }

    [Fact]
    public async Task Text_the_server_could_not_take_comes_back_from_the_browser_and_goes_to_the_server()
    {
        var (member, id) = await NewItemAsync();
        KeptInTheBrowser(member, id, new BrowserDraftCopy.Kept("Проблема", "Набране, поки бази не було", 1, DateTimeOffset.UtcNow));
        SignIn(member, Demo.Economy, WorkspaceRoles.Member);

        var page = RenderEditor(id);

        page.WaitForAssertion(() => Assert.Contains("Ваш незбережений текст відновлено з цього браузера", page.Markup));
        Assert.Equal("Набране, поки бази не було", page.Find("textarea").GetAttribute("value") ?? page.Find("textarea").TextContent);
        // The next autosave hands it to the server, and the browser forgets its copy.
        page.WaitForAssertion(() => JSInterop.VerifyInvoke("workspace.forgetDraft"));
        Assert.Equal("Набране, поки бази не було", (await app.Scoped<WorkingCopyService>().GetAsync(member, id))!.Body);
    }

    [Fact]
    public async Task The_fields_take_typing_only_once_the_browser_copy_has_been_looked_for()
    {
        var (member, id) = await NewItemAsync();
        var lookup = JSInterop.Setup<string?>("workspace.keptDraft", $"strategyworkspace.draft.{member}.{id}");
        SignIn(member, Demo.Economy, WorkspaceRoles.Member);

        var page = RenderEditor(id, waitUntilTypable: false);

        IEnumerable<bool> ReadOnly() => page.FindAll("#item-title, #item-body").Select(field => field.HasAttribute("readonly"));

        page.WaitForAssertion(() => Assert.Equal([true, true], ReadOnly()));
        await page.InvokeAsync(() => lookup.SetResult(null));
        page.WaitForAssertion(() => Assert.Equal([false, false], ReadOnly()));
    }

    [Fact]
    public async Task A_browser_copy_older_than_the_server_text_is_forgotten_not_shown()
    {
        var (member, id) = await NewItemAsync();
        KeptInTheBrowser(member, id, new BrowserDraftCopy.Kept("Проблема", "Давнє", 1, DateTimeOffset.UtcNow.AddDays(-1)));
        SignIn(member, Demo.Economy, WorkspaceRoles.Member);

        var page = RenderEditor(id);

        page.WaitForAssertion(() => JSInterop.VerifyInvoke("workspace.forgetDraft"));
        Assert.DoesNotContain("відновлено", page.Markup);
        Assert.Equal("# Заголовок\n\nТекст", page.Find("textarea").GetAttribute("value") ?? page.Find("textarea").TextContent);
    }

    [Fact]
    public async Task A_browser_copy_of_another_account_is_not_read()
    {
        var (member, id) = await NewItemAsync();
        KeptInTheBrowser("someone-else", id, new BrowserDraftCopy.Kept("Чуже", "Чужий текст", 1, DateTimeOffset.UtcNow));
        SignIn(member, Demo.Economy, WorkspaceRoles.Member);

        var page = RenderEditor(id);

        page.WaitForAssertion(() => Assert.Contains(JSInterop.Invocations, i => i.Identifier == "workspace.keptDraft"));
        Assert.Equal($"strategyworkspace.draft.{member}.{id}", JSInterop.Invocations.Single(i => i.Identifier == "workspace.keptDraft").Arguments[0]);
        Assert.DoesNotContain("Чужий текст", page.Markup);
    }

    [Fact]
    public async Task A_member_of_another_group_sees_not_allowed_instead_of_the_editor()
    {
        var (_, id) = await NewItemAsync();
        SignIn(await app.UserIdAsync(Demo.Social), Demo.Social, WorkspaceRoles.Member);

        var page = RenderEditor(id);

        Assert.Equal("Недостатньо прав", page.Find("h1").TextContent.Trim());
        Assert.Empty(page.FindAll("textarea"));
    }
}
