using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using StrategyWorkspace.Features.Export;
using StrategyWorkspace.Tests.Infrastructure;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace StrategyWorkspace.Tests.Features.Export;

/// <summary>The Plan of implementation and the projects in Word, Markdown and the spreadsheet, read back by OpenXml.</summary>
public sealed class PlanExportTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private static string Plain(string text) => text.Replace('\u00a0', ' ').Replace('\u202f', ' ');

    [Fact]
    public void The_docx_has_the_plan_as_a_table_with_its_totals_in_bold_after_a_heading_of_its_own()
    {
        var stream = new MemoryStream();
        DocxExport.Write(ExportSamples.WithPlan(), ExportSamples.Words(fixture.App), stream);
        stream.Position = 0;
        using var word = WordprocessingDocument.Open(stream, isEditable: false);
        var body = word.MainDocumentPart!.Document!.Body!;

        Assert.Equal("План реалізації проєктів і завдань", body.Elements<Word.Paragraph>().Last(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Heading1").InnerText);
        var table = body.Elements<Word.Table>().Last();
        var rows = table.Elements<Word.TableRow>().Select(r => r.Elements<Word.TableCell>().Select(c => Plain(c.InnerText)).ToArray()).ToList();
        Assert.Equal(["Завдання", "Проєкт або захід", "Строк", "Виконавці", "Джерело фінансування", "2018", "2019", "2020", "Усього", "Індикатори"], rows[0]);
        Assert.NotNull(table.Elements<Word.TableRow>().First().TableRowProperties?.GetFirstChild<Word.TableHeader>());
        var taskTotal = rows.Single(r => r[0] == "Усього за завданням 1.4.1");
        Assert.Equal(["4 600,25", "2 550,5", "0", "7 150,75"], taskTotal[5..9]);
        Assert.Equal("7 161,75", rows.Single(r => r[0] == "Усього за планом")[8]);
        Assert.Equal("4 100,75", rows.Single(r => r[0] == "Усього за джерелами" && r[4] == "Обласний бюджет")[8]);
        // A total is in bold; a project's line is not.
        var grand = table.Elements<Word.TableRow>().Single(r => r.InnerText.StartsWith("Усього за планом", StringComparison.Ordinal));
        Assert.All(grand.Descendants<Word.Run>(), run => Assert.NotNull(run.RunProperties?.Bold));
        var project = table.Elements<Word.TableRow>().First(r => r.InnerText.Contains("1.5.1. Індустріальний парк"));
        Assert.All(project.Descendants<Word.Run>(), run => Assert.Null(run.RunProperties?.Bold));
        // Each project also says its facts and funding where it stands.
        Assert.Contains(body.Elements<Word.Paragraph>(), p => p.InnerText == "Відповідальні виконавці: Департамент економіки");
        var funding = body.Elements<Word.Table>().First(t => t.InnerText.Contains("Міжнародна технічна допомога"));
        Assert.Equal(["Усього", "4 500", "2 500,5", "7 000,5"], funding.Elements<Word.TableRow>().Last().Elements<Word.TableCell>().Select(c => Plain(c.InnerText)));
    }

    [Fact]
    public void The_docx_of_an_edition_without_projects_says_so_under_the_plans_heading()
    {
        var stream = new MemoryStream();
        DocxExport.Write(ExportSamples.Document(), ExportSamples.Words(fixture.App, "en"), stream);
        stream.Position = 0;
        using var word = WordprocessingDocument.Open(stream, isEditable: false);

        var paragraphs = word.MainDocumentPart!.Document!.Body!.Elements<Word.Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal("No project or measure is in this edition yet.", paragraphs[paragraphs.LastIndexOf("Plan of implementation of projects and tasks") + 1]);
    }

    [Fact]
    public void The_spreadsheet_holds_every_amount_as_a_number_and_the_words_in_the_strategys_language()
    {
        var stream = new MemoryStream();
        PlanSpreadsheet.Write(ExportSamples.WithPlan(), ExportSamples.Words(fixture.App), stream);
        stream.Position = 0;
        using var spreadsheet = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = spreadsheet.WorkbookPart!;
        var sheet = workbook.WorksheetParts.Single().Worksheet!;
        var rows = sheet.Descendants<Row>().ToList();
        string Text(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "";
        Cell? At(Row row, string column) => row.Elements<Cell>().SingleOrDefault(c => c.CellReference!.Value == $"{column}{row.RowIndex!.Value}");

        Assert.Equal("Стратегія розвитку Луганської області до 2020 року", Text(At(rows[0], "A")!));
        Assert.Equal("План реалізації", workbook.Workbook!.Descendants<Sheet>().Single().Name!.Value);
        var header = rows.Single(r => r.RowIndex!.Value == 4);
        Assert.Equal(["Завдання", "Проєкт або захід", "Строк", "Виконавці", "Джерело фінансування", "2018", "2019", "2020", "Усього", "Індикатори"],
            header.Elements<Cell>().Select(Text));
        var park = rows.First(r => r.Elements<Cell>().Any(c => Text(c) == "1.5.1. Індустріальний парк"));
        var amount = At(park, "G")!;
        Assert.Equal(CellValues.Number, amount.DataType!.Value);
        Assert.Equal(2500.5m, decimal.Parse(amount.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(At(park, "H"));
        var grand = rows.Single(r => r.Elements<Cell>().Any(c => Text(c) == "Усього за планом"));
        Assert.Equal(7161.75m, decimal.Parse(At(grand, "I")!.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(CellValues.Number, At(grand, "I")!.DataType!.Value);
    }

    [Fact]
    public void The_markdown_has_each_projects_funding_and_the_plan_as_pipe_tables()
    {
        var text = MarkdownExport.Write(ExportSamples.WithPlan(), ExportSamples.Words(fixture.App));

        Assert.Contains("## План реалізації проєктів і завдань", text);
        Assert.Contains("- [План реалізації проєктів і завдань](#edition-plan)", text);
        Assert.Contains("**Відповідальні виконавці:** Департамент економіки", text);
        var grand = text.Split('\n').Single(l => l.StartsWith("| Усього за планом", StringComparison.Ordinal));
        Assert.Contains("| 7 161,75 |", Plain(grand));
    }
}
