using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;
using StrategyWorkspace.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using Spreadsheet = DocumentFormat.OpenXml.Spreadsheet;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace StrategyWorkspace.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class PlanBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_member_drafts_a_project_funded_from_two_sources_the_expert_sees_the_amount_change_and_the_merged_plan_adds_up_in_docx_and_xlsx()
    {
        var member = await browser.NewPageAsync();
        await member.SignInAsync(Demo.Economy, Demo.Password);
        await member.OpenGroupAsync();
        var taskTitle = Demo.Unique("Інвестиційні майданчики");
        await member.CreateAsync("Нове завдання", taskTitle, "Підготовка майданчиків для інвесторів.");
        await SubmitAsync(member);

        // The project serves the new task; its plan is filled in the editor: executors, period, two sources.
        await member.OpenGroupAsync();
        var projectTitle = Demo.Unique("Технопарк");
        await member.CreateAsync("Новий проєкт або захід", projectTitle, "Облаштування технопарку.", "Служить завданням", taskTitle);
        var projectUrl = member.Url;
        await member.GetByRole(AriaRole.Link, new() { Name = "Редагувати" }).ClickAsync();
        await Expect(member.GetByLabel("Текст (Markdown)")).ToBeEditableAsync();
        await member.GetByRole(AriaRole.Textbox, new() { Name = "Відповідальні виконавці" }).FillAsync("Департамент економічного розвитку");
        await member.GetByRole(AriaRole.Spinbutton, new() { Name = "Рік початку" }).FillAsync("2018");
        await member.GetByRole(AriaRole.Spinbutton, new() { Name = "Рік завершення" }).FillAsync("2019");
        await member.GetByRole(AriaRole.Button, new() { Name = "Додати рядок фінансування" }).ClickAsync();
        var first = member.GetByRole(AriaRole.Group, new() { Name = "Рядок фінансування 1" });
        await Expect(first.GetByRole(AriaRole.Spinbutton, new() { Name = "Рік" })).ToHaveValueAsync("2018");
        await first.GetByRole(AriaRole.Spinbutton, new() { Name = "Сума, тис. грн" }).FillAsync("1000");
        await member.GetByRole(AriaRole.Button, new() { Name = "Додати рядок фінансування" }).ClickAsync();
        var second = member.GetByRole(AriaRole.Group, new() { Name = "Рядок фінансування 2" });
        await Expect(second.GetByRole(AriaRole.Spinbutton, new() { Name = "Рік" })).ToHaveValueAsync("2019");
        await second.GetByText("Обласний бюджет").ClickAsync();
        await member.GetByRole(AriaRole.Option, new() { Name = "Міжнародна технічна допомога" }).ClickAsync();
        await second.GetByRole(AriaRole.Spinbutton, new() { Name = "Сума, тис. грн" }).FillAsync("2500,5");
        await Expect(member.GetByRole(AriaRole.Status).Filter(new() { HasText = "Усього, тис. грн" })).ToContainTextAsync("3 500,5");
        await member.SaveVersionAsync("план фінансування");
        await Expect(member).ToHaveURLAsync(projectUrl);
        var funding = member.GetByRole(AriaRole.Table, new() { Name = "Фінансування, тис. грн" });
        await Expect(funding.GetByRole(AriaRole.Row).Filter(new() { HasText = "Міжнародна технічна допомога" })).ToContainTextAsync("2 500,5");
        await Expect(funding.GetByRole(AriaRole.Row).Last).ToContainTextAsync("3 500,5");

        // More from the regional budget: a new version, whose changed amount the expert reads with its difference.
        await member.GetByRole(AriaRole.Link, new() { Name = "Редагувати" }).ClickAsync();
        await Expect(member.GetByLabel("Текст (Markdown)")).ToBeEditableAsync();
        await member.GetByRole(AriaRole.Group, new() { Name = "Рядок фінансування 1" }).GetByRole(AriaRole.Spinbutton, new() { Name = "Сума, тис. грн" }).FillAsync("1200");
        await Expect(member.GetByRole(AriaRole.Status).Filter(new() { HasText = "Усього, тис. грн" })).ToContainTextAsync("3 700,5");
        await member.SaveVersionAsync("більше з обласного бюджету");
        await Expect(member).ToHaveURLAsync(projectUrl);
        await SubmitAsync(member);

        var expert = await browser.NewPageAsync();
        await expert.SignInAsync(Demo.Expert, Demo.Password);
        await expert.GotoAsync(projectUrl + "/compare?from=2&to=3");
        await expert.WaitForInteractiveAsync();
        await Expect(expert.Locator(".amount-changes")).ToContainTextAsync("Обласний бюджет, 2018: 1 000 → 1 200 (+200)");

        // The chair approves the task and the project and merges them alone into a new edition.
        var chair = await browser.NewPageAsync();
        await chair.SignInAsync(Demo.Chair, Demo.Password);
        await chair.GetByRole(AriaRole.Link, new() { Name = "Подання на розгляд" }).ClickAsync();
        foreach (var title in new[] { taskTitle, projectTitle })
        {
            var row = chair.GetByRole(AriaRole.Table, new() { Name = "Подання на розгляд" }).GetByRole(AriaRole.Row).Filter(new() { HasText = title });
            await row.GetByRole(AriaRole.Button, new() { Name = "Затвердити" }).ClickAsync();
            await chair.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Затвердити" }).ClickAsync();
            await Expect(row).ToBeHiddenAsync();
        }
        await chair.GotoAsync("/editions/merge");
        await chair.WaitForInteractiveAsync();
        await chair.GetByRole(AriaRole.Checkbox, new() { NameRegex = new("^Обрати всі") }).UncheckAsync();
        await chair.GetByRole(AriaRole.Checkbox, new() { NameRegex = new(taskTitle) }).CheckAsync();
        await chair.GetByRole(AriaRole.Checkbox, new() { NameRegex = new(projectTitle) }).CheckAsync();
        await chair.GetByRole(AriaRole.Button, new() { NameRegex = new("^Створити редакцію") }).ClickAsync();
        await Expect(chair.GetByRole(AriaRole.Heading, new() { Name = "План реалізації проєктів і завдань", Level = 2 })).ToBeVisibleAsync();
        var planRow = chair.GetByRole(AriaRole.Table, new() { NameRegex = new("^План реалізації") }).GetByRole(AriaRole.Row).Filter(new() { HasText = projectTitle });
        await Expect(planRow).ToContainTextAsync("Департамент економічного розвитку");

        var docx = await DownloadAsync(chair, "Завантажити DOCX");
        using (var word = WordprocessingDocument.Open(docx, isEditable: false))
        {
            var table = word.MainDocumentPart!.Document!.Body!.Elements<Word.Table>().Last();
            var rows = table.Elements<Word.TableRow>().Select(r => r.Elements<Word.TableCell>().Select(c => c.InnerText.Replace('\u00a0', ' ')).ToArray()).ToList();
            var at = rows.FindIndex(r => r[1].EndsWith(projectTitle, StringComparison.Ordinal));
            var years = rows[0].ToList();
            Assert.Equal(("Обласний бюджет", "1 200"), (rows[at][4], rows[at][years.IndexOf("2018")]));
            Assert.Equal(("Міжнародна технічна допомога", "2 500,5"), (rows[at + 1][4], rows[at + 1][years.IndexOf("2019")]));
            var taskTotal = rows.Skip(at).First(r => r[0].StartsWith("Усього за завданням", StringComparison.Ordinal));
            Assert.Equal("3 700,5", taskTotal[years.IndexOf("Усього")]);
        }

        var xlsx = await DownloadAsync(chair, "План (XLSX)");
        using (var spreadsheet = SpreadsheetDocument.Open(xlsx, isEditable: false))
        {
            var rows = spreadsheet.WorkbookPart!.WorksheetParts.Single().Worksheet!.Descendants<Spreadsheet.Row>().ToList();
            var row = rows.First(r => r.Elements<Spreadsheet.Cell>().Any(c => c.InnerText.EndsWith(projectTitle, StringComparison.Ordinal)));
            var amounts = row.Elements<Spreadsheet.Cell>().Where(c => c.DataType?.Value == Spreadsheet.CellValues.Number).ToList();
            Assert.Equal([1200m, 1200m], amounts.Select(c => decimal.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture)));
        }
    }

    private static async Task SubmitAsync(IPage member)
    {
        await member.GetByRole(AriaRole.Button, new() { Name = "Подати на затвердження" }).ClickAsync();
        await member.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Подати на затвердження" }).ClickAsync();
        await Expect(member.GetByRole(AriaRole.Button, new() { Name = "Відкликати подання" })).ToBeVisibleAsync();
    }

    private async Task<string> DownloadAsync(IPage page, string link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync());
        var path = Path.Combine(browser.App.Folder, $"plan-{Guid.NewGuid():N}-{download.SuggestedFilename}");
        await download.SaveAsAsync(path);
        return path;
    }
}
