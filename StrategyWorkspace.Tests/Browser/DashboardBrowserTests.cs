using Microsoft.Playwright;
using StrategyWorkspace.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StrategyWorkspace.Tests.Browser;

/// <summary>Each role lands on its own queue: what waits for it, one click from where it acts.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_expert_lands_on_the_submission_to_review_and_the_group_on_what_came_back_to_it()
    {
        // Its own app: on the shared one, other tests' submissions fill the expert's first five.
        await using var app = new WorkspaceFactory(onKestrel: true);
        var member = await browser.NewPageAsync(app.ServerAddress);
        await member.SignInAsync(Demo.Economy, Demo.Password);
        await Expect(member.GetByRole(AriaRole.Heading, new() { Level = 2 }).First).ToHaveTextAsync("Що чекає на вас");
        await Expect(member.GetByRole(AriaRole.Region, new() { Name = "Що чекає на вас" })).ToContainTextAsync("Зараз на вас нічого не чекає.");
        await member.OpenGroupAsync();
        var title = Demo.Unique("Відновлення промисловості");
        await member.CreateAsync("Нова проблема", title, "Зупинені підприємства.");
        await member.GetByRole(AriaRole.Button, new() { Name = "Подати на затвердження" }).ClickAsync();
        await member.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Подати на затвердження" }).ClickAsync();
        await Expect(member.GetByRole(AriaRole.Button, new() { Name = "Відкликати подання" })).ToBeVisibleAsync();

        var expert = await browser.NewPageAsync(app.ServerAddress);
        await expert.SignInAsync(Demo.Expert, Demo.Password);
        var toReview = expert.GetByRole(AriaRole.Region, new() { Name = "На рецензування: 1" });
        await toReview.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(expert.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Порівняння версій");
        await expert.WaitForInteractiveAsync();
        await expert.GetByRole(AriaRole.Radio, new() { Name = "Потрібні зміни" }).CheckAsync();
        await expert.GetByLabel("Примітка (обов'язкова, якщо потрібні зміни)").FillAsync("Додайте кількість робочих місць.");
        await expert.GetByRole(AriaRole.Button, new() { Name = "Зберегти висновок" }).ClickAsync();
        await Expect(expert.GetByText("Додайте кількість робочих місць.")).ToBeVisibleAsync();

        await expert.GetByRole(AriaRole.Link, new() { Name = "Огляд", Exact = true }).ClickAsync();
        await Expect(expert.GetByRole(AriaRole.Region, new() { Name = "Що чекає на вас" })).ToContainTextAsync("Зараз на вас нічого не чекає.");

        await member.GotoAsync("/");
        var sentBack = member.GetByRole(AriaRole.Region, new() { Name = "Повернуто на доопрацювання: 1" });
        await Expect(sentBack).ToContainTextAsync("підтримали: 0; просять змін: 1");
        // Still submitted: it opens on its changes, where the expert's note says what to change.
        await sentBack.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(member.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Порівняння версій");
        // The verdicts are read once the page is interactive: on a loaded machine that can take longer than the default wait.
        await member.WaitForInteractiveAsync();
        await Expect(member.GetByText("Додайте кількість робочих місць.")).ToBeVisibleAsync(new() { Timeout = 15_000 });

        // The chair: the submission to decide, and the demo's seven approvals one click from the merge.
        var chair = await browser.NewPageAsync(app.ServerAddress);
        await chair.SignInAsync(Demo.Chair, Demo.Password);
        var toApprove = chair.GetByRole(AriaRole.Region, new() { Name = "На затвердження: 1" });
        await Expect(toApprove.GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();
        await chair.GetByRole(AriaRole.Link, new() { Name = "Схвалених змін, яких ще немає в документі: 7" }).ClickAsync();
        await Expect(chair).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/editions/merge$"));
    }
}
