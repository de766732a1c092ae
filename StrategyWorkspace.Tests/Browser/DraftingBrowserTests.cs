using Microsoft.Playwright;
using StrategyWorkspace.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StrategyWorkspace.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class DraftingBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_member_drafts_a_problem_and_a_solution_revises_the_problem_and_restores_version_one()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Demo.Economy, Demo.Password);
        await page.OpenGroupAsync();
        var problem = Demo.Unique("Безробіття молоді");

        await page.CreateAsync("Нова проблема", problem, "Перша редакція опису.");
        var problemUrl = page.Url;
        await page.OpenGroupAsync();
        await page.CreateAsync("Новий шлях вирішення", "Центри зайнятості для молоді", "Відкрити **центри**.",
            "Вирішує проблеми", problem);
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Вирішує проблеми" }).GetByRole(AriaRole.Link)).ToContainTextAsync(problem);

        await page.GotoAsync(problemUrl);
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Вирішується через" })).ToContainTextAsync("Центри зайнятості для молоді");
        await page.ReviseAsync("Друга редакція опису.", "уточнено дані");
        await Expect(page.NewestText()).ToContainTextAsync("Друга редакція опису.");
        await page.ReviseAsync("Третя редакція опису.", "нові цифри");
        await Expect(page.NewestText()).ToContainTextAsync("Третя редакція опису.");

        var history = page.GetByRole(AriaRole.Table, new() { Name = "Історія версій" });
        await Expect(history.GetByRole(AriaRole.Row)).ToHaveCountAsync(4); // header + 3 versions
        await history.GetByRole(AriaRole.Button, new() { Name = "Відновити як нову версію: версію 1" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Відновити як нову версію" }).ClickAsync();

        await Expect(history.GetByRole(AriaRole.Row)).ToHaveCountAsync(5);
        await Expect(page.NewestText()).ToContainTextAsync("Перша редакція опису.");
        await Expect(history.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("Відновлено версію 1");
        await Expect(history.GetByRole(AriaRole.Row).Nth(1).GetByRole(AriaRole.Cell).First).ToHaveTextAsync("4");
    }

    [Fact]
    public async Task Two_members_edit_at_once_and_the_second_save_merges_both_edits()
    {
        var (first, second) = await DraftingActions.EditTogetherAsync(browser, Demo.Unique("Спільна"), "Перший абзац.\n\nДругий абзац.\n\nТретій абзац.");

        // Each sees the other on the page, live.
        await Expect(first.GetByText("Адміністратор секретаріату — редагує")).ToBeVisibleAsync();
        await Expect(second.GetByText("Олена Коваленко — редагує")).ToBeVisibleAsync();

        await first.GetByLabel("Текст (Markdown)").FillAsync("Перший абзац — від Олени.\n\nДругий абзац.\n\nТретій абзац.");
        await second.GetByLabel("Текст (Markdown)").FillAsync("Перший абзац.\n\nДругий абзац.\n\nТретій абзац — від секретаріату.");
        await first.SaveVersionAsync("правка Олени");
        await Expect(first.NewestText()).ToContainTextAsync("Перший абзац — від Олени.");

        await Expect(second.GetByText("зберіг(ла) версію 2, поки ви редагували")).ToBeVisibleAsync();
        await second.SaveVersionAsync("правка секретаріату");
        var merge = second.GetByRole(AriaRole.Dialog, new() { Name = "Тим часом хтось зберіг зміни" });
        await Expect(merge).ToContainTextAsync("поєднуються");
        await merge.GetByRole(AriaRole.Button, new() { Name = "Зберегти об'єднану версію" }).ClickAsync();

        await Expect(second.NewestText()).ToContainTextAsync("Перший абзац — від Олени.");
        await Expect(second.NewestText()).ToContainTextAsync("Третій абзац — від секретаріату.");
        await Expect(second.GetByRole(AriaRole.Table, new() { Name = "Історія версій" }).GetByRole(AriaRole.Row)).ToHaveCountAsync(4);
    }

    [Fact]
    public async Task A_reload_restores_unsaved_typing_and_Ukrainian_text_round_trips_intact()
    {
        var seed = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "strategy-update-luhansk-2020.uk.txt"));
        var paragraph = seed.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("За результатами обговорень"));
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Demo.Economy, Demo.Password);
        await page.OpenGroupAsync();
        await page.CreateAsync("Нова ціль", Demo.Unique("Стратегічне бачення"), "Чернетка.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Редагувати" }).ClickAsync();

        await page.GetByLabel("Текст (Markdown)").FillAsync(paragraph);
        await Expect(page.GetByRole(AriaRole.Status, new() { Name = "Автозбереження" })).ToContainTextAsync("Робочу копію збережено на сервері");
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();

        await Expect(page.GetByText("Ваш незбережений текст відновлено із сервера.")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Текст (Markdown)")).ToHaveValueAsync(paragraph);
        await page.GetByRole(AriaRole.Button, new() { Name = "Залишити" }).ClickAsync();
        await page.SaveVersionAsync("бачення з тексту комітету");
        await Expect(page.NewestText()).ToContainTextAsync(paragraph);
    }

    [Fact]
    public async Task A_member_of_another_group_cannot_open_the_editor_by_its_address()
    {
        var owner = await browser.NewPageAsync();
        await owner.SignInAsync(Demo.Economy, Demo.Password);
        await owner.OpenGroupAsync();
        await owner.CreateAsync("Нове завдання", Demo.Unique("Завдання"), "Текст.");
        var editUrl = owner.Url + "/edit";

        var outsider = await browser.NewPageAsync();
        await outsider.SignInAsync(Demo.Social, Demo.Password);
        await outsider.GotoAsync(editUrl);

        await Expect(outsider.GetByRole(AriaRole.Heading, new() { Name = "Недостатньо прав" })).ToBeVisibleAsync();
        await Expect(outsider.GetByLabel("Текст (Markdown)")).ToHaveCountAsync(0);
    }
}

[Collection(BrowserCollection.Name)]
public sealed class LargeTextBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_paste_of_150_KB_is_kept_and_saved_as_a_version()
    {
        var line = "Луганська область – неподільна та невід’ємна частина України; розвивається економіка. ";
        var text = string.Concat(Enumerable.Repeat(line + "\n", 150_000 / (line.Length + 1) + 1))[..150_000];
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Demo.Governance, Demo.Password);
        await page.OpenGroupAsync("3. Децентралізація та демократичне врядування");
        await page.GetByRole(AriaRole.Button, new() { Name = "Нова проблема" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Назва").FillAsync(Demo.Unique("Великий текст"));
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Створити" }).ClickAsync();
        await page.WaitForInteractiveAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Редагувати" }).ClickAsync();

        // A paste is one input event. (Playwright's Fill types it through Chromium's editing
        // commands, which take minutes for 150 KB in headless Chromium.)
        await page.GetByLabel("Текст (Markdown)").EvaluateAsync(
            "(area, text) => { area.focus(); area.value = text; area.dispatchEvent(new Event('input', { bubbles: true })); area.dispatchEvent(new Event('change', { bubbles: true })); }",
            text);
        await Expect(page.GetByRole(AriaRole.Status, new() { Name = "Автозбереження" })).ToContainTextAsync("Робочу копію збережено на сервері", new() { Timeout = 30_000 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Зберегти версію" }).ClickAsync();
        var save = page.GetByRole(AriaRole.Dialog, new() { Name = "Зберегти версію" });
        await save.GetByRole(AriaRole.Button, new() { Name = "Зберегти версію" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Історія версій" }).GetByRole(AriaRole.Row)).ToHaveCountAsync(3);
        var shown = await page.NewestText().InnerTextAsync();
        Assert.True(shown.Length > 140_000, $"Only {shown.Length} characters shown.");
    }
}

[Collection(BrowserCollection.Name)]
public sealed class ConflictBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Two_members_change_the_same_line_and_the_second_picks_their_own_text_for_the_conflict()
    {
        var (first, second) = await DraftingActions.EditTogetherAsync(browser, Demo.Unique("Спірна"), "Вступ.\n\nСпірне речення.\n\nВисновок.");

        await first.GetByLabel("Текст (Markdown)").FillAsync("Вступ.\n\nРечення Олени.\n\nВисновок.");
        await first.SaveVersionAsync("");
        await Expect(first.NewestText()).ToContainTextAsync("Речення Олени.");

        // The second types once the notice of the first's version has shown (its render and the typing do
        // not race), and saves once the preview, the server's own rendering, shows what was typed.
        await Expect(second.GetByText("зберіг(ла) версію 2, поки ви редагували").First).ToBeVisibleAsync();
        await second.GetByLabel("Текст (Markdown)").FillAsync("Вступ.\n\nРечення секретаріату.\n\nВисновок.");
        await Expect(second.Locator(".preview")).ToContainTextAsync("Речення секретаріату.");
        await second.SaveVersionAsync("");
        var merge = second.GetByRole(AriaRole.Dialog, new() { Name = "Тим часом хтось зберіг зміни" });
        var conflict = merge.GetByRole(AriaRole.Group, new() { Name = "Розбіжність 1" });
        await Expect(conflict).ToContainTextAsync("Речення Олени.");
        await Expect(conflict).ToContainTextAsync("Речення секретаріату.");
        await conflict.GetByRole(AriaRole.Radio, new() { Name = "Залишити свій" }).CheckAsync();
        await Expect(conflict.GetByLabel("Текст, який буде тут")).ToHaveValueAsync("Речення секретаріату.");
        await merge.GetByRole(AriaRole.Button, new() { Name = "Зберегти об'єднану версію" }).ClickAsync();

        var text = second.NewestText();
        await Expect(text).ToContainTextAsync("Речення секретаріату.");
        await Expect(text).Not.ToContainTextAsync("Речення Олени.");
        // Olena's sentence is not lost: it stays in version 2.
        await Expect(second.GetByRole(AriaRole.Table, new() { Name = "Історія версій" }).GetByRole(AriaRole.Row)).ToHaveCountAsync(4);
    }
}
