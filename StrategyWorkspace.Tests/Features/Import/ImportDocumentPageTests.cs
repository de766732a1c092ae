using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using StrategyWorkspace.Features.Import;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Import;

/// <summary>The administrator's import page: the preview of every heading's role, a guess changed, the confirmation; a bad file's reason.</summary>
public sealed class ImportDocumentPageTests(WorkspaceFixture fixture) : WorkspaceFixtureComponentTest(fixture)
{
    [Fact]
    public async Task The_preview_counts_what_will_be_made_a_changed_guess_changes_it_and_confirming_makes_the_edition()
    {
        var tag = " " + Demo.Unique("імпорт");
        SignIn(await App.UserIdAsync(Demo.Admin), Demo.Admin, WorkspaceRoles.Administrator);
        var page = Render<ImportDocumentPage>();
        Assert.Equal("Файл Word (.docx) або Markdown (.md), до 20 МБ", page.Find("label[for=strategy-file]").TextContent.Trim());

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(TestDocx.Strategy(tag).Bytes(), "Стратегія.docx"));

        page.WaitForAssertion(() => Assert.Contains("Нових робочих груп: 3.", page.Find("[role=status]").TextContent));
        Assert.Contains("Завдання: 9", page.Find("[role=status]").TextContent);
        // The demo already has its sections but the introduction: the document's others are shown as kept, not written.
        Assert.Contains("Соціально-економічний аналіз", page.Find(".mud-alert-text-info").TextContent);
        var select = page.Find("select[aria-label='Чим стане «Завдання 2.1.3. Позначення небезпечних ділянок»']");
        Assert.Equal("Task", select.GetAttribute("value"));

        select.Change("Text");

        page.WaitForAssertion(() => Assert.Contains("Завдання: 8", page.Find("[role=status]").TextContent));
        Assert.Contains("Частина тексту «Завдання 2.1.2. Навчання населення»", page.Find("select[aria-label='Чим стане «Завдання 2.1.3. Позначення небезпечних ділянок»']").ParentElement!.NextElementSibling!.TextContent);
        await page.FindAll("button").Single(b => b.TextContent.Contains("Імпортувати (20)")).ClickAsync(new());

        page.WaitForAssertion(() => Assert.Matches(@"/editions/\d+$", Services.GetRequiredService<NavigationManager>().Uri));
    }

    [Fact]
    public async Task A_markdown_file_is_previewed_as_a_word_one_is_and_one_not_in_utf8_says_what_to_do()
    {
        SignIn(await App.UserIdAsync(Demo.Admin), Demo.Admin, WorkspaceRoles.Administrator);
        UseCulture("en");
        var page = Render<ImportDocumentPage>();
        Assert.Equal(".docx,.md,.markdown", page.Find("input[type=file]").GetAttribute("accept"));

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary([0xCF, 0xF0, 0xEE, 0xE1, 0xEB, 0xE5, 0xEC, 0xE0], "strategy.md"));
        page.WaitForAssertion(() => Assert.Equal("The file is not in UTF-8. Save it as UTF-8 and upload it again.", page.Find("[role=alert]").TextContent));

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(TestMarkdown.Strategy(" " + Demo.Unique("md")), "Strategy.md"));

        page.WaitForAssertion(() => Assert.Contains("New working groups: 3.", page.Find("[role=status]").TextContent));
        Assert.Contains("Strategy.md", page.Find("#import-summary-heading").TextContent);
        Assert.Empty(page.FindAll("[role=alert]"));
    }

    [Fact]
    public async Task A_file_that_is_not_a_word_document_says_why_and_offers_nothing_to_import()
    {
        SignIn(await App.UserIdAsync(Demo.Admin), Demo.Admin, WorkspaceRoles.Administrator);
        UseCulture("en");
        var page = Render<ImportDocumentPage>();

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("just some words", "strategy.docx"));

        page.WaitForAssertion(() => Assert.Equal("This is not a Word document (.docx).", page.Find("[role=alert]").TextContent));
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Contains("Import"));
    }

    [Fact]
    public async Task A_project_under_no_task_is_named_in_english_and_the_import_cannot_be_confirmed_until_it_is_fixed()
    {
        SignIn(await App.UserIdAsync(Demo.Admin), Demo.Admin, WorkspaceRoles.Administrator);
        UseCulture("en");
        var page = Render<ImportDocumentPage>();
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(TestDocx.Strategy(" " + Demo.Unique("en")).Bytes(), "Strategy.docx"));
        page.WaitForAssertion(() => Assert.Contains("New working groups: 3.", page.Find("[role=status]").TextContent));

        page.Find("select[aria-label='What \"Проблема 1. Безробіття\" becomes']").Change("Project");

        page.WaitForAssertion(() => Assert.Contains("The project \"Проблема 1. Безробіття\" stands under no task", page.Find(".mud-alert-text-warning").TextContent));
        Assert.True(page.FindAll("button").Single(b => b.TextContent.Contains("Import (")).HasAttribute("disabled"));
        Assert.Equal("Project or measure", page.Find("select[aria-label='What \"Проблема 1. Безробіття\" becomes'] option[value=Project]").TextContent);
    }
}
