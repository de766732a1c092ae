using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using StrategyWorkspace.Features.Export;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Export;

public sealed class DocxExportTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private static WordprocessingDocument Open(MemoryStream stream)
    {
        stream.Position = 0;
        return WordprocessingDocument.Open(stream, isEditable: false);
    }

    private MemoryStream Export(string culture = "uk")
    {
        var stream = new MemoryStream();
        DocxExport.Write(ExportSamples.Document(), ExportSamples.Words(fixture.App, culture), stream);
        return stream;
    }

    private static List<(string? Style, string Text)> Paragraphs(WordprocessingDocument word) =>
        word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Select(p => (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, p.InnerText)).ToList();

    [Fact]
    public void The_document_has_a_title_page_headings_per_level_and_numbered_items()
    {
        using var word = Open(Export());
        var paragraphs = Paragraphs(word);

        Assert.Equal("Стратегія розвитку Луганської області до 2020 року", paragraphs.First(p => p.Style == "Title").Text);
        Assert.Contains(("Subtitle", "Горизонт планування: 2020"), paragraphs);
        Assert.Contains(("Subtitle", "Редакція 2 від 15 вересня 2016"), paragraphs);
        Assert.Equal(["Стратегічне бачення", "1. Економіка і екологія", "4. Соціальна сфера і культура", "План реалізації проєктів і завдань"],
            paragraphs.Where(p => p.Style == "Heading1").Select(p => p.Text));
        Assert.Equal(["1.1. Проблеми", "1.2. Шляхи вирішення", "4.3. Цілі"], paragraphs.Where(p => p.Style == "Heading2").Select(p => p.Text));
        Assert.Equal(["1.1.1. Економіка потребує відновлення", "1.2.1. Відновлення виробництв", "4.3.2. Доступні послуги"],
            paragraphs.Where(p => p.Style == "Heading3").Select(p => p.Text));
    }

    [Fact]
    public void The_committees_sections_frame_the_groups_the_analysis_table_is_a_word_table_and_the_swot_lists_sit_under_one_heading()
    {
        var stream = new MemoryStream();
        DocxExport.Write(ExportSamples.WithSections(), ExportSamples.Words(fixture.App), stream);
        using var word = Open(stream);
        var paragraphs = Paragraphs(word);

        Assert.Equal(["Соціально-економічний аналіз", "SWOT-аналіз", "Стратегічне бачення", "1. Економіка і екологія", "4. Соціальна сфера і культура", "Впровадження та моніторинг",
            "План реалізації проєктів і завдань"],
            paragraphs.Where(p => p.Style == "Heading1").Select(p => p.Text));
        Assert.Equal(["Сильні сторони", "Загрози"], paragraphs.Where(p => p.Style == "Heading2").Select(p => p.Text).Take(2));
        Assert.Contains(paragraphs, p => p.Text == "Луганська область – екологічно чистий та комфортний регіон.");
        Assert.DoesNotContain(paragraphs, p => p.Text == "Луганська область – це неподільна частина України.");
        var table = word.MainDocumentPart!.Document!.Body!.Elements<Table>().Single(t => t.InnerText.Contains("Населення"));
        Assert.Equal(["Показник", "2013", "2015"], table.Elements<TableRow>().First().Elements<TableCell>().Select(c => c.InnerText));
        Assert.Equal("2205,4", table.Elements<TableRow>().ElementAt(1).Elements<TableCell>().Last().InnerText);
    }

    [Fact]
    public void A_goals_indicators_are_a_word_table_of_baseline_and_targets_in_the_documents_numbers()
    {
        var stream = new MemoryStream();
        DocxExport.Write(ExportSamples.WithIndicators(), ExportSamples.Words(fixture.App), stream);
        using var word = Open(stream);

        var table = word.MainDocumentPart!.Document!.Body!.Elements<Table>().Single(t => t.InnerText.Contains("Рівень безробіття"));
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(["Індикатор", "Одиниця виміру", "Джерело даних", "Періодичність", "Базове значення (рік)", "2018", "2020"], rows[0]);
        Assert.Equal(["Рівень безробіття", "%", "Держстат", "щороку", "базове 11,8 (2015)", "10", "8,5"], rows[1]);
    }

    [Fact]
    public void Headings_are_styles_with_outline_levels_so_the_table_of_contents_field_finds_them()
    {
        using var word = Open(Export());

        var styles = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        for (var level = 1; level <= 3; level++)
        {
            Assert.Equal(level - 1, styles[$"Heading{level}"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        }
        var field = word.MainDocumentPart.Document!.Body!.Descendants<FieldCode>().Single();
        Assert.Contains("TOC \\o \"1-3\"", field.Text);
        Assert.True(word.MainDocumentPart.DocumentSettingsPart!.Settings!.Elements<UpdateFieldsOnOpen>().Single().Val!.Value);
        var contents = Paragraphs(word).Where(p => p.Style?.StartsWith("TOC", StringComparison.Ordinal) == true).Select(p => p.Text).ToList();
        Assert.Equal("Зміст", contents[0]);
        Assert.Contains("1.1.1. Економіка потребує відновлення", contents);
    }

    [Fact]
    public void The_markdown_of_an_item_becomes_word_formatting_and_its_html_stays_text()
    {
        using var word = Open(Export());
        var body = word.MainDocumentPart!.Document!.Body!;

        Assert.Contains(body.Descendants<Run>(), r => r.RunProperties?.Bold is not null && r.InnerText == "стійко");
        Assert.Contains(Paragraphs(word), p => p.Style == "Heading4" && p.Text == "Причини");
        var listItems = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.NumberingProperties is not null).Select(p => p.InnerText).ToList();
        Assert.Equal(["зруйновані виробництва", "відтік кадрів", "перше", "друге"], listItems);
        var numbering = word.MainDocumentPart.NumberingDefinitionsPart!.Numbering!;
        Assert.Equal(2, numbering.Elements<NumberingInstance>().Count());
        Assert.Equal(["Показник", "2016", "ВРП", "100"], body.Descendants<TableCell>().Select(c => c.InnerText));
        Assert.Contains(body.Elements<Paragraph>(), p => p.InnerText.Contains("<script>alert('x')</script>"));
        Assert.DoesNotContain('\u0001', body.InnerText);
    }

    [Fact]
    public void Links_between_items_are_written_under_the_item()
    {
        using var word = Open(Export());

        Assert.Contains(Paragraphs(word), p => p.Text == "Вирішує проблеми: 1.1.1. Економіка потребує відновлення");
    }

    [Fact]
    public void The_document_properties_name_the_strategy_edition_and_who_merged_it()
    {
        using var word = Open(Export());

        var properties = word.PackageProperties;
        Assert.Equal("Стратегія розвитку Луганської області до 2020 року", properties.Title);
        Assert.Equal("Голова комітету", properties.Creator);
        Assert.Equal("2", properties.Revision);
        Assert.Equal("uk-UA", properties.Language);
    }

    [Fact]
    public void In_english_the_words_around_the_text_are_english()
    {
        using var word = Open(Export("en"));

        var paragraphs = Paragraphs(word);
        Assert.Contains(("Heading1", "Strategic vision"), paragraphs);
        Assert.Contains(("Heading2", "1.1. Problems"), paragraphs);
        Assert.Contains(("Heading3", "1.1.1. Економіка потребує відновлення"), paragraphs);
    }
}
