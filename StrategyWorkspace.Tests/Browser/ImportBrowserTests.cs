using Microsoft.Playwright;
using StrategyWorkspace.Tests.Features.Import;
using StrategyWorkspace.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StrategyWorkspace.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ImportBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_administrator_imports_a_strategy_of_three_groups_and_twenty_items_fixing_one_guess_and_finds_an_item_by_a_word_of_its_body_and_by_its_number()
    {
        var tag = " " + Demo.Unique("імпорт");
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Demo.Admin, Demo.Password);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Головна навігація" }).GetByRole(AriaRole.Link, new() { Name = "Імпорт документа" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Імпорт чинної стратегії з Word або Markdown", Level = 1 })).ToBeVisibleAsync();
        await page.WaitForInteractiveAsync();

        await page.GetByLabel("Файл Word (.docx) або Markdown (.md), до 20 МБ").SetInputFilesAsync(new FilePayload
        {
            Name = "Стратегія 2027.docx",
            MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Buffer = TestDocx.Directions(new TestDocx(), tag, unnamedTask: true).Bytes(),
        });

        var summary = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Нових робочих груп" });
        await Expect(summary).ToContainTextAsync("Нових робочих груп: 3.");
        await Expect(summary).ToContainTextAsync("Завдання: 8");
        // The heading without the word «Завдання» was taken for text of the task before it: the administrator says it is a task.
        var guess = page.GetByRole(AriaRole.Combobox, new() { Name = "Чим стане «Позначення небезпечних ділянок»" });
        await Expect(guess).ToHaveValueAsync("Text");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { Has = guess })).ToContainTextAsync("Частина тексту «Завдання 2.1.2. Навчання населення»");
        await guess.SelectOptionAsync(new SelectOptionValue { Label = "Завдання" });
        await Expect(summary).ToContainTextAsync("Завдання: 9");
        Assert.Empty(await AccessibilityBrowserTests.SeriousFindingsAsync(page, "/admin/import with a preview"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Імпортувати (20) і створити редакцію «як ухвалено»" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/editions/\d+$"));
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Як ухвалено: імпортовано з «Стратегія 2027.docx»");
        await page.WaitForInteractiveAsync();
        // Found by a word of its body, with any ending, through the app bar's search box.
        var box = page.GetByRole(AriaRole.Search, new() { Name = "Пошук у робочому просторі" }).First.GetByRole(AriaRole.Searchbox, new() { Name = "Пошук" });
        await box.FillAsync("узбіччя");
        await box.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Пошук", Level = 1 })).ToBeVisibleAsync();
        var found = page.GetByRole(AriaRole.Link, new() { NameRegex = new(@"^\d+\.4\.3\. Позначення небезпечних ділянок$") });
        await Expect(found).ToBeVisibleAsync();
        await Expect(page.Locator("mark").First).ToHaveTextAsync("узбіччях");
        Assert.Empty(await AccessibilityBrowserTests.SeriousFindingsAsync(page, "/search with results"));
        var number = (await found.TextContentAsync())!.Split(' ')[0].TrimEnd('.');
        await found.ClickAsync();
        await Expect(page.NewestText()).ToContainTextAsync("Знаки на узбіччях.");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Історія версій" })).ToContainTextAsync("Імпортовано з «Стратегія 2027.docx»");

        // Its number typed in the box opens it straight away.
        await page.GotoAsync("/");
        await page.WaitForInteractiveAsync();
        await box.FillAsync(number);
        await box.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Позначення небезпечних ділянок");
    }

    [Fact]
    public async Task The_administrator_imports_a_strategy_written_in_markdown_after_a_file_in_the_wrong_encoding_is_refused_with_what_to_do()
    {
        var tag = " " + Demo.Unique("md");
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Demo.Admin, Demo.Password);
        await page.GotoAsync("/admin/import");
        await page.WaitForInteractiveAsync();
        var file = page.GetByLabel("Файл Word (.docx) або Markdown (.md), до 20 МБ");

        await file.SetInputFilesAsync(new FilePayload { Name = "Стратегія.md", MimeType = "text/markdown", Buffer = [0xD1, 0xF2, 0xF0, 0xE0, 0xF2, 0xE5, 0xE3, 0xB3, 0xFF] });
        var refusal = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Файл не в кодуванні UTF-8. Збережіть його як UTF-8 і завантажте знову." });
        await Expect(refusal.First).ToBeVisibleAsync();

        // One direction only, and no committee sections: the browser tests share one workspace, whose introduction another test writes.
        var markdown = string.Join("\n", [
            $"# Довкілля{tag}", "## Стратегічна ціль 1. Чиста вода", "Доступ до питної води.", "### Операційна ціль 1.1. Водогони",
            "Відновлення мереж.", "#### Завдання 1.1.1. Очисні споруди", "Реконструкція очисних споруд **у громадах**.",
        ]);
        await file.SetInputFilesAsync(new FilePayload { Name = "Стратегія.md", MimeType = "text/markdown", Buffer = TestMarkdown.Bytes(markdown) });
        var summary = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Нових робочих груп" });
        await Expect(summary).ToContainTextAsync("Нових робочих груп: 1.");
        await Expect(summary).ToContainTextAsync("Завдання: 1");
        await Expect(refusal).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Імпортувати \\(\\d+\\)") }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/editions/\d+$"));
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Як ухвалено: імпортовано з «Стратегія.md»");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Довкілля" + tag);
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Очисні споруди");
    }
}
