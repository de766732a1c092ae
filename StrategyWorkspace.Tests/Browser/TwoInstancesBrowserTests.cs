using Microsoft.Playwright;
using StrategyWorkspace.Features.Drafting;
using StrategyWorkspace.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StrategyWorkspace.Tests.Browser;

/// <summary>
/// Two app instances on one PostgreSQL database, as behind a load balancer with sticky sessions.
/// On SQLite there is one instance by design, so this runs on PostgreSQL only (.ci/run's second pass).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TwoInstancesBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_page_on_one_instance_sees_the_other_s_save_live_and_moved_to_the_other_keeps_its_sign_in_and_typing()
    {
        Assert.SkipWhen(WorkspaceFactory.PostgresServer is null, "Several instances need PostgreSQL (SW_TEST_POSTGRES).");
        // The holder owns the database and drops it after both instances have gone.
        await using var holder = new WorkspaceFactory();
        var first = new WorkspaceFactory(onKestrel: true, folder: holder.Folder);
        var firstAddress = first.ServerAddress;
        await using var second = new WorkspaceFactory(onKestrel: true, folder: holder.Folder);
        var secondAddress = second.ServerAddress;
        await first.Service<IInstanceBus>().Ready.WaitAsync(TimeSpan.FromSeconds(10));
        await second.Service<IInstanceBus>().Ready.WaitAsync(TimeSpan.FromSeconds(10));

        // A member works on the first instance: a new problem, its editor open.
        var page = await browser.NewPageAsync(firstAddress);
        await page.SignInAsync(Demo.Economy, Demo.Password);
        await page.OpenGroupAsync();
        var title = Demo.Unique("Між серверами");
        await page.CreateAsync("Нова проблема", title, "Перший текст.");
        var itemPath = new Uri(page.Url).AbsolutePath;
        var itemId = int.Parse(itemPath.Split('/')[2]);
        await page.GotoAsync($"{itemPath}/edit");
        await page.WaitForInteractiveAsync();
        // The editor joins the item's live updates just after it turns interactive.
        var notifier = first.Service<ItemLiveNotifier>();
        for (var waited = 0; notifier.Present(itemId).Count == 0 && waited < 100; waited++)
        {
            await Task.Delay(100);
        }

        Assert.NotEmpty(notifier.Present(itemId));
        // Someone saves through the second instance: the page on the first shows it, live.
        var administrator = await second.UserIdAsync(Demo.Admin);
        await second.Scoped<DraftingService>().SaveVersionAsync(administrator, itemId, 1,
            new DraftInput { Title = title, Body = "Текст з іншого сервера.", ChangeNote = "з другого сервера" });
        // In the member's language, not the language of the thread the message arrived on.
        await Expect(page.GetByText("Адміністратор секретаріату зберіг(ла) версію 2, поки ви редагували")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Редагування");

        // The member types; the editor keeps the working copy on the server.
        await page.GetByLabel("Текст (Markdown)").FillAsync("Мій незбережений текст.");
        var member = await second.UserIdAsync(Demo.Economy);
        var workingCopies = second.Scoped<WorkingCopyService>();
        for (var waited = 0; (await workingCopies.GetAsync(member, itemId))?.Body != "Мій незбережений текст." && waited < 150; waited++)
        {
            await Task.Delay(100);
        }
        await Expect(page.GetByRole(AriaRole.Status, new() { Name = "Автозбереження" })).ToContainTextAsync("Робочу копію збережено");

        // The first instance stops; the balancer sends the member to the second, with the same cookie.
        await first.DisposeAsync();
        await page.GotoAsync($"{secondAddress}{itemPath}/edit");
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByText("Ваш незбережений текст відновлено із сервера.")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Текст (Markdown)")).ToHaveValueAsync("Мій незбережений текст.");
    }
}
