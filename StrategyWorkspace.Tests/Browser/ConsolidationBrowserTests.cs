using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Playwright;
using StrategyWorkspace.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StrategyWorkspace.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ConsolidationBrowserTests(BrowserFixture browser)
{
    private const string DemoGoal = "Високотехнологічні виробництва без шкоди для довкілля";

    [Fact]
    public async Task The_chair_merges_the_approved_items_compares_with_the_previous_edition_and_downloads_the_docx()
    {
        var chair = await browser.NewPageAsync();
        await chair.SignInAsync(Demo.Chair, Demo.Password);

        // From the editions list to the merge screen: the demo's approved goal and revision wait there, all chosen.
        await chair.GetByRole(AriaRole.Link, new() { Name = "Редакції" }).ClickAsync();
        await chair.GetByRole(AriaRole.Link, new() { Name = "Об’єднати схвалені версії" }).ClickAsync();
        await Expect(chair.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Об’єднання схвалених версій у редакцію");
        await Expect(chair.GetByRole(AriaRole.Checkbox, new() { Name = $"1.3.1. {DemoGoal}" })).ToBeCheckedAsync();
        await chair.GetByRole(AriaRole.Button, new() { Name = "Показати текст 1.1.1" }).ClickAsync();
        await Expect(chair.Locator("ins").Filter(new() { HasText = "міжнародні експерти" }).First).ToBeVisibleAsync();
        await chair.GetByLabel("Примітка до редакції").FillAsync("Засідання комітету 15 вересня");
        await chair.GetByRole(AriaRole.Button, new() { NameRegex = new("^Створити редакцію") }).ClickAsync();

        // The new edition opens: its contents navigate and the goal is in it.
        await Expect(chair.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Стратегія розвитку Луганської області до 2020 року");
        var number = int.Parse(new Uri(chair.Url).Segments[^1]);
        Assert.True(number >= 2);
        await Expect(chair.GetByRole(AriaRole.Heading, new() { Name = $"1.3.1. {DemoGoal}" })).ToBeVisibleAsync();
        var contents = chair.GetByRole(AriaRole.Navigation, new() { Name = "Зміст" });
        await contents.GetByRole(AriaRole.Link, new() { Name = "1.3. Цілі", Exact = true }).ClickAsync();
        await Expect(chair.GetByRole(AriaRole.Heading, new() { Name = "1.3. Цілі", Exact = true })).ToBeInViewportAsync();

        // Compared with the previous edition: the goal entered, the problem changed, with the chair's reasons in the changelog.
        await chair.GetByRole(AriaRole.Link, new() { Name = "Що змінилося від попередньої редакції" }).ClickAsync();
        await Expect(chair.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Порівняння редакції {number - 1} з редакцією {number}");
        var goal = chair.GetByRole(AriaRole.Region, new() { Name = $"1.3.1. {DemoGoal}" });
        await Expect(goal).ToContainTextAsync("Новий");
        await Expect(chair.GetByRole(AriaRole.Region, new() { Name = "Перелік змін" })).ToContainTextAsync("Доповнення погоджено експертами");

        // Back on the edition, the DOCX downloads and opens as the new edition.
        await chair.GetByRole(AriaRole.Link, new() { Name = $"Відкрити редакцію {number}" }).ClickAsync();
        var download = await chair.RunAndWaitForDownloadAsync(() =>
            chair.GetByRole(AriaRole.Link, new() { Name = "Завантажити DOCX" }).ClickAsync());
        Assert.Equal($"strategy-edition-{number}.docx", download.SuggestedFilename);
        var path = Path.Combine(browser.App.Folder, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        using var word = WordprocessingDocument.Open(path, isEditable: false);
        var headings = word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Heading3").Select(p => p.InnerText).ToList();
        Assert.Contains($"1.3.1. {DemoGoal}", headings);
        Assert.Contains("1.1.1. Економіка області потребує відновлення", headings);
    }

    [Fact]
    public async Task A_member_reads_the_current_document_but_is_not_allowed_to_merge()
    {
        var member = await browser.NewPageAsync();
        await member.SignInAsync(Demo.Social, Demo.Password);

        await member.GetByRole(AriaRole.Link, new() { Name = "Документ стратегії" }).ClickAsync();
        await Expect(member.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Стратегія розвитку Луганської області до 2020 року");
        await Expect(member.GetByRole(AriaRole.Heading, new() { Name = "Стратегічне бачення" })).ToBeVisibleAsync();
        await Expect(member.GetByRole(AriaRole.Link, new() { Name = "Об’єднати схвалені версії" })).ToHaveCountAsync(0);

        await member.GotoAsync("/editions/merge");
        await Expect(member.GetByRole(AriaRole.Heading, new() { Name = "Недостатньо прав" })).ToBeVisibleAsync();
    }
}
