using Microsoft.Playwright;
using StrategyWorkspace.Features.ProjectCalls;
using StrategyWorkspace.Tests.Features.ProjectCalls;
using StrategyWorkspace.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StrategyWorkspace.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ProjectCallBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_visitor_proposes_a_project_for_a_task_and_the_tasks_group_takes_it_into_the_plan()
    {
        var (plan, _) = await ProjectCallServiceTests.OpenCallAsync(browser.App);
        var title = Demo.Unique("Центр надання адмінпослуг");

        // A community, without an account, from the call's page to the form.
        var visitor = await browser.NewPageAsync();
        await visitor.GotoAsync("/projects");
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Конкурс проєктних пропозицій", Level = 1 })).ToBeVisibleAsync();
        Assert.Empty(await AccessibilityBrowserTests.SeriousFindingsAsync(visitor, "/projects"));
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Запропонувати проєкт" }).ClickAsync();
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Проєктна пропозиція", Level = 1 })).ToBeVisibleAsync();
        Assert.Empty(await AccessibilityBrowserTests.SeriousFindingsAsync(visitor, "/projects/propose"));

        await visitor.GetByLabel("Завдання Стратегії", new() { Exact = true }).SelectOptionAsync(plan.TaskId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await visitor.GetByLabel("Назва проєкту", new() { Exact = true }).FillAsync(title);
        await visitor.GetByLabel("Заявник", new() { Exact = true }).FillAsync("Сватівська міська рада");
        await visitor.GetByLabel("Територія реалізації", new() { Exact = true }).FillAsync("м. Сватове");
        await visitor.GetByLabel("Цільові групи", new() { Exact = true }).FillAsync("Мешканці громади");
        await visitor.GetByLabel("Рік початку", new() { Exact = true }).FillAsync("2019");
        await visitor.GetByLabel("Рік завершення", new() { Exact = true }).FillAsync("2020");
        var firstLine = visitor.GetByRole(AriaRole.Group, new() { Name = "Рядок 1" });
        await firstLine.GetByLabel("Джерело фінансування", new() { Exact = true }).SelectOptionAsync("LocalBudgets");
        await firstLine.GetByLabel("Рік", new() { Exact = true }).FillAsync("2019");
        await firstLine.GetByLabel("Сума, тис. грн", new() { Exact = true }).FillAsync("450");
        await visitor.GetByLabel("Очікувані результати", new() { Exact = true }).FillAsync("Послуги ближче до людей");
        await visitor.GetByLabel("Індикатори результатів", new() { Exact = true }).FillAsync("Кількість послуг на рік: 0 → 5000");
        await visitor.GetByLabel("Я погоджуюся").CheckAsync();
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Надіслати пропозицію" }).ClickAsync();

        await Expect(visitor.GetByRole(AriaRole.Status).First).ToContainTextAsync("Дякуємо! Вашу проєктну пропозицію отримано.");
        var reference = (await visitor.Locator(".proposal-reference").TextContentAsync())!.Trim();
        await Expect(visitor.Locator(".proposal-status")).ToContainTextAsync("На розгляді");
        Assert.Empty(await AccessibilityBrowserTests.SeriousFindingsAsync(visitor, "/projects/status"));

        // The economy group's member screens it and takes it into the plan.
        var member = await browser.NewPageAsync();
        await member.SignInAsync(Demo.Economy, Demo.Password);
        await member.GetByRole(AriaRole.Link, new() { Name = "Проєктні пропозиції" }).ClickAsync();
        await Expect(member.GetByRole(AriaRole.Heading, new() { Name = "Проєктні пропозиції", Level = 1 })).ToBeVisibleAsync();
        await member.WaitForInteractiveAsync();
        await member.GetByRole(AriaRole.Link, new() { Name = "Розгляд проєктних пропозицій" }).ClickAsync();
        var card = member.Locator(".proposal-card").Filter(new() { HasText = reference });
        await Expect(card).ToContainTextAsync(title);
        await Expect(card).ToContainTextAsync("450");
        Assert.Empty(await AccessibilityBrowserTests.SeriousFindingsAsync(member, "/calls/screening"));
        await card.GetByRole(AriaRole.Button, new() { Name = $"Включити до плану пропозицію {reference}" }).ClickAsync();
        await member.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Включити до плану" }).ClickAsync();

        await Expect(member).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/items/\d+$"));
        await Expect(member.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(title);

        // The applicant reads the outcome by the reference.
        await visitor.GotoAsync($"/projects/status?reference={reference}");
        await Expect(visitor.Locator(".proposal-status")).ToContainTextAsync("Включено до плану");
        Assert.Equal(ProjectProposalState.Accepted, (await browser.App.Scoped<ApplicantService>().StatusAsync(reference))!.State);
    }
}
