using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Playwright;
using StrategyWorkspace.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StrategyWorkspace.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SectionsBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_administrator_names_a_drafter_who_writes_the_introduction_with_a_table_and_the_chair_merges_it_into_the_document_and_its_docx()
    {
        // The secretariat names a member of the social group as a drafter of the committee's sections.
        var admin = await browser.NewPageAsync();
        await admin.SignInAsync(Demo.Admin, Demo.Password);
        await admin.GetByRole(AriaRole.Link, new() { Name = "Групи та учасники" }).ClickAsync();
        var drafters = admin.GetByRole(AriaRole.Region, new() { Name = "Укладачі розділів комітету" });
        await drafters.GetByRole(AriaRole.Combobox, new() { Name = "Додати учасника до «Укладачі розділів комітету»" }).ClickAsync();
        await admin.GetByRole(AriaRole.Option, new() { Name = "Наталія Мельник" }).ClickAsync();
        await drafters.GetByRole(AriaRole.Button, new() { Name = "Додати", Exact = true }).ClickAsync();
        await Expect(drafters.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Наталія Мельник" })).ToBeVisibleAsync();

        // The drafter writes the introduction, which the demo has not written yet, with a table.
        var drafter = await browser.NewPageAsync();
        await drafter.SignInAsync(Demo.Social, Demo.Password);
        await drafter.GetByRole(AriaRole.Navigation, new() { Name = "Головна навігація" }).GetByRole(AriaRole.Link, new() { Name = "Розділи комітету" }).ClickAsync();
        await Expect(drafter.GetByRole(AriaRole.Heading, new() { Name = "Розділи комітету", Level = 1 })).ToBeVisibleAsync();
        await Expect(drafter.GetByRole(AriaRole.Row).Filter(new() { HasText = "Соціально-економічний аналіз" })).ToContainTextAsync("Схвалено");
        await drafter.GetByRole(AriaRole.Button, new() { Name = "Написати: Вступ" }).ClickAsync();
        var dialog = drafter.GetByRole(AriaRole.Dialog, new() { Name = "Написати: Вступ" });
        await Expect(dialog.GetByLabel("Назва")).ToHaveValueAsync("Вступ");
        await dialog.GetByLabel("Текст (Markdown)").FillAsync(
            "Стратегію актуалізує Комітет з п’ятьма робочими групами.\n\n| Етап | Строк |\n|---|---|\n| Засідання робочих груп | 2016 |");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Створити" }).ClickAsync();
        await Expect(drafter.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Вступ");
        await drafter.WaitForInteractiveAsync();
        await Expect(drafter.NewestText().GetByRole(AriaRole.Cell, new() { Name = "Засідання робочих груп" })).ToBeVisibleAsync();
        await drafter.GetByRole(AriaRole.Button, new() { Name = "Подати на затвердження" }).ClickAsync();
        await drafter.GetByRole(AriaRole.Dialog, new() { Name = "Подати версію 1 на затвердження" })
            .GetByRole(AriaRole.Button, new() { Name = "Подати на затвердження" }).ClickAsync();
        await Expect(drafter.GetByRole(AriaRole.Button, new() { Name = "Відкликати подання" })).ToBeVisibleAsync();

        // The chair approves it and merges it into a new edition, where it opens the document.
        var chair = await browser.NewPageAsync();
        await chair.SignInAsync(Demo.Chair, Demo.Password);
        await chair.GetByRole(AriaRole.Link, new() { Name = "Подання на розгляд" }).ClickAsync();
        var row = chair.GetByRole(AriaRole.Table, new() { Name = "Подання на розгляд" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "Вступ" });
        await row.GetByRole(AriaRole.Button, new() { Name = "Затвердити" }).ClickAsync();
        await chair.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Затвердити" }).ClickAsync();
        await Expect(row).ToBeHiddenAsync();
        await chair.GotoAsync("/editions/merge");
        await chair.WaitForInteractiveAsync();
        var sections = chair.GetByRole(AriaRole.Region, new() { Name = "Розділи комітету" });
        await Expect(sections.GetByRole(AriaRole.Checkbox, new() { Name = "Вступ" })).ToBeCheckedAsync();
        // Only the introduction: the demo's other approved versions are left for the other tests' merges.
        await chair.GetByRole(AriaRole.Checkbox, new() { NameRegex = new("^Обрати всі") }).UncheckAsync();
        // The server's answer to "none" unchecks the introduction too: wait for it, or it would undo the check that follows.
        await Expect(sections.GetByRole(AriaRole.Checkbox, new() { Name = "Вступ" })).Not.ToBeCheckedAsync();
        await sections.GetByRole(AriaRole.Checkbox, new() { Name = "Вступ" }).CheckAsync();
        // The button's count comes from the server, so it shows the choice has arrived there before the click.
        var create = chair.GetByRole(AriaRole.Button, new() { NameRegex = new("^Створити редакцію") });
        await Expect(create).ToContainTextAsync("з обраних: 1");
        await create.ClickAsync();
        await ExpectTheEditionAsync(chair);
        var introduction = chair.GetByRole(AriaRole.Region, new() { Name = "Вступ" });
        await Expect(introduction.GetByRole(AriaRole.Cell, new() { Name = "Засідання робочих груп" })).ToBeVisibleAsync();
        await Expect(chair.GetByRole(AriaRole.Heading, new() { Name = "SWOT-аналіз", Level = 2 })).ToBeVisibleAsync();

        var number = int.Parse(new Uri(chair.Url).Segments[^1]);
        var download = await chair.RunAndWaitForDownloadAsync(() =>
            chair.GetByRole(AriaRole.Link, new() { Name = "Завантажити DOCX" }).ClickAsync());
        var path = Path.Combine(browser.App.Folder, $"sections-{download.SuggestedFilename}");
        await download.SaveAsAsync(path);
        using var word = WordprocessingDocument.Open(path, isEditable: false);
        var body = word.MainDocumentPart!.Document!.Body!;
        var openings = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Heading1").Select(p => p.InnerText).ToList();
        Assert.Equal(["Вступ", "Соціально-економічний аналіз", "SWOT-аналіз", "Стратегічне бачення"], openings.Take(4));
        Assert.Equal(["Впровадження та моніторинг", "План реалізації проєктів і завдань"], openings[^2..]);
        Assert.Contains(body.Elements<Table>(), t => t.InnerText.Contains("Засідання робочих груп"));
        Assert.True(number >= 2);
    }

    /// <summary>
    /// The merge writes a whole edition, which on a loaded machine can take longer than an assertion's usual wait;
    /// if it was refused, the page's own message says why, and the failure says it too.
    /// </summary>
    private static async Task ExpectTheEditionAsync(IPage chair)
    {
        try
        {
            await Expect(chair.GetByRole(AriaRole.Heading, new() { Level = 1 }))
                .ToHaveTextAsync("Стратегія розвитку Луганської області до 2020 року", new() { Timeout = 20_000 });
        }
        catch (PlaywrightException)
        {
            var alerts = await chair.GetByRole(AriaRole.Alert).AllInnerTextsAsync();
            if (alerts.Count == 0)
            {
                throw;
            }
            throw new Xunit.Sdk.XunitException($"The merge was refused: {string.Join(" | ", alerts)}");
        }
    }
}
