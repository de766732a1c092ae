using Microsoft.Playwright;
using StrategyWorkspace.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StrategyWorkspace.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SuggestionBrowserTests(BrowserFixture browser)
{
    /// <summary>Selects the words in the version's plain text, as a person does with the mouse.</summary>
    private static Task SelectAsync(IPage page, string words) => page.Locator(".comment-source").First.EvaluateAsync(
        """
        (element, words) => {
            const text = element.firstChild;
            const at = text.textContent.indexOf(words);
            const range = document.createRange();
            range.setStart(text, at);
            range.setEnd(text, at + words.length);
            getSelection().removeAllRanges();
            getSelection().addRange(range);
        }
        """, words);

    [Fact]
    public async Task An_expert_in_English_suggests_two_edits_the_member_accepts_one_and_declines_one_and_the_version_credits_the_expert()
    {
        var member = await browser.NewPageAsync();
        await member.SignInAsync(Demo.Governance, Demo.Password);
        await member.OpenGroupAsync("3. Децентралізація та демократичне врядування");
        var title = Demo.Unique("Прозорість бюджету");
        await member.CreateAsync("Нова проблема", title, "Звіти про виконання бюджету публікуються із запізненням. Громадяни не бачать витрат.");
        var itemAddress = new Uri(member.Url).AbsolutePath;

        // The expert reads the workspace in English and suggests on the compare page.
        var expert = await browser.NewPageAsync();
        await expert.SignInAsync(Demo.Expert, Demo.Password);
        await expert.GotoAsync($"{itemAddress}/compare?culture=en&ui-culture=en");
        await expert.WaitForInteractiveAsync();
        await SelectAsync(expert, "із запізненням");
        await expert.GetByRole(AriaRole.Button, new() { Name = "Suggest an edit" }).ClickAsync();
        var dialog = expert.GetByRole(AriaRole.Dialog, new() { Name = "Suggest an edit to version 1" });
        await Expect(dialog.GetByLabel("Passage", new() { Exact = true })).ToHaveValueAsync("із запізненням");
        await dialog.GetByLabel("Suggested text").FillAsync("із запізненням до трьох місяців");
        await dialog.GetByLabel("Reason").FillAsync("Дані Рахункової палати.");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Suggest", Exact = true }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();

        await SelectAsync(expert, " Громадяни не бачать витрат.");
        await expert.GetByRole(AriaRole.Button, new() { Name = "Suggest an edit" }).ClickAsync();
        await dialog.GetByRole(AriaRole.Radio, new() { Name = "Delete" }).CheckAsync();
        await Expect(dialog.GetByLabel("Suggested text")).ToBeHiddenAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Suggest", Exact = true }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        var suggestions = expert.GetByRole(AriaRole.Article, new() { Name = "Suggestion by Міжнародний експерт" });
        await Expect(suggestions).ToHaveCountAsync(2);
        await Expect(suggestions.First).ToContainTextAsync("Awaiting a decision");

        // The member decides on the item's page: accepts the first, declines the second saying why.
        await member.ReloadAsync();
        await member.WaitForInteractiveAsync();
        var cards = member.GetByRole(AriaRole.Article, new() { Name = "Пропозиція: Міжнародний експерт" });
        await Expect(cards).ToHaveCountAsync(2);
        await Expect(cards.Nth(0).Locator(".suggested-edit ins")).ToContainTextAsync("до трьох місяців");
        await cards.Nth(1).GetByRole(AriaRole.Button, new() { Name = "Відхилити пропозицію: Міжнародний експерт" }).ClickAsync();
        await cards.Nth(1).GetByLabel("Чому відхилено").FillAsync("Це речення потрібне для висновку.");
        await cards.Nth(1).GetByRole(AriaRole.Button, new() { Name = "Відхилити з цією причиною" }).ClickAsync();
        await Expect(member.GetByText("Ірина Бондаренко відхилив(ла): Це речення потрібне для висновку.")).ToBeVisibleAsync();
        await cards.Nth(0).GetByRole(AriaRole.Button, new() { Name = "Прийняти пропозицію: Міжнародний експерт" }).ClickAsync();
        await Expect(member.NewestText()).ToContainTextAsync("із запізненням до трьох місяців. Громадяни не бачать витрат.");
        await Expect(member.GetByRole(AriaRole.Table, new() { Name = "Історія версій" }))
            .ToContainTextAsync("Прийнято запропоновані правки: Міжнародний експерт");

        // The expert hears of both decisions, in English.
        await expert.GotoAsync("/inbox");
        await Expect(expert.GetByRole(AriaRole.Link).Filter(new() { HasText = "accepted your suggestion on" }).Filter(new() { HasText = title })).ToBeVisibleAsync();
        await Expect(expert.GetByRole(AriaRole.Link).Filter(new() { HasText = "declined your suggestion on" }).Filter(new() { HasText = title })).ToBeVisibleAsync();
    }
}
