using Microsoft.Playwright;
using StrategyWorkspace.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StrategyWorkspace.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class TranslationBrowserTests(BrowserFixture browser)
{
    private static ILocator Translations(IPage page) => page.GetByRole(AriaRole.Region, new() { Name = "Переклади" });

    [Fact]
    public async Task The_translator_translates_an_item_the_Ukrainian_changes_the_English_is_flagged_outdated_with_the_diff_and_an_expert_reads_it_in_English()
    {
        var member = await browser.NewPageAsync();
        await member.SignInAsync(Demo.Economy, Demo.Password);
        await member.OpenGroupAsync();
        var title = Demo.Unique("Відтік молоді");
        await member.CreateAsync("Нова проблема", title, "Молодь виїжджає з області.\n\nРобочих місць бракує.");
        var itemAddress = new Uri(member.Url).AbsolutePath;

        // The translator, who may translate any group's item and nothing else, writes the English beside the Ukrainian.
        var translator = await browser.NewPageAsync();
        await translator.SignInAsync(Demo.Translator, Demo.Password);
        // The translator finds it on the list of what waits for translation.
        await translator.GetByRole(AriaRole.Navigation, new() { Name = "Головна навігація" }).GetByRole(AriaRole.Link, new() { Name = "Переклади" }).ClickAsync();
        var row = translator.GetByRole(AriaRole.Row).Filter(new() { HasText = title });
        await Expect(row).ToContainTextAsync("Англійська: Ще не перекладено");
        await row.GetByRole(AriaRole.Link, new() { Name = "Перекласти англійською" }).ClickAsync();
        await translator.WaitForInteractiveAsync();
        await Expect(translator.GetByRole(AriaRole.Region, new() { Name = "Оригінал (Українська), версія 1" })).ToContainTextAsync("Робочих місць бракує.");
        await translator.GetByLabel("Назва (Англійська)").FillAsync("Youth leaving");
        await translator.GetByLabel("Текст (Англійська, Markdown)").FillAsync("Young people leave the oblast.\n\nJobs are scarce.");
        await translator.GetByRole(AriaRole.Button, new() { Name = "Зберегти переклад" }).ClickAsync();
        await Expect(translator).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"{itemAddress}$"));
        await Expect(Translations(translator)).ToContainTextAsync("Переклад актуальний (версії 1)");
        await Expect(translator.GetByRole(AriaRole.Link, new() { Name = "Редагувати" })).ToHaveCountAsync(0);

        // An expert whose workspace is in English reads the English text, and the Ukrainian a click away.
        var expert = await browser.NewPageAsync();
        await expert.SignInAsync(Demo.Expert, Demo.Password);
        await expert.GotoAsync($"{itemAddress}?culture=en&ui-culture=en");
        await expert.WaitForInteractiveAsync();
        var text = expert.GetByRole(AriaRole.Region, new() { Name = "Text of the newest version" });
        await Expect(text).ToContainTextAsync("Young people leave the oblast.");
        await expert.GetByRole(AriaRole.Button, new() { Name = "Show the source" }).ClickAsync();
        await Expect(text).ToContainTextAsync("Молодь виїжджає з області.");

        // The Ukrainian changes: the English is flagged outdated, and its editor shows only what changed to translate again.
        await member.ReviseAsync("Молодь виїжджає з області.\n\nРобочих місць бракує, зарплати низькі.", "Додано про зарплати");
        await translator.ReloadAsync();
        await translator.WaitForInteractiveAsync();
        await Expect(Translations(translator)).ToContainTextAsync("Переклад застарів: перекладено версію 1");
        await Translations(translator).GetByRole(AriaRole.Link, new() { Name = "Оновити переклад англійською" }).ClickAsync();
        await translator.WaitForInteractiveAsync();
        var changes = translator.GetByRole(AriaRole.Region, new() { Name = "Оригінал змінився після версії 1, яку перекладено. Перекладіть змінене:" });
        await Expect(changes.Locator("ins")).ToContainTextAsync("зарплати низькі");
        await Expect(translator.GetByLabel("Текст (Англійська, Markdown)")).ToHaveValueAsync("Young people leave the oblast.\n\nJobs are scarce.");
        await translator.GetByLabel("Текст (Англійська, Markdown)").FillAsync("Young people leave the oblast.\n\nJobs are scarce and wages low.");
        await translator.GetByRole(AriaRole.Button, new() { Name = "Зберегти переклад" }).ClickAsync();
        await Expect(Translations(translator)).ToContainTextAsync("Переклад актуальний (версії 2)");

        // Until then the expert was told the English was behind; now it reads the new English.
        await expert.ReloadAsync();
        await expert.WaitForInteractiveAsync();
        await Expect(text).ToContainTextAsync("Jobs are scarce and wages low.");
    }
}
