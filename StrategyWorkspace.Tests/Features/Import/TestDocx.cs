using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace StrategyWorkspace.Tests.Features.Import;

/// <summary>
/// A Word document as an author makes one: headings in styles named "heading N" (with Word's own numbering where asked),
/// paragraphs with bold and italic, bullet and numbered lists, tables.
/// </summary>
public sealed class TestDocx
{
    private readonly List<Action<Body>> content = [];
    private bool numberedHeadings;

    /// <summary>Headings of levels 1–3 numbered by Word ("1.", "1.1.", "1.1.1.") rather than typed.</summary>
    public TestDocx WithNumberedHeadings()
    {
        numberedHeadings = true;
        return this;
    }

    public TestDocx Heading(int level, string text)
    {
        content.Add(body =>
        {
            var properties = new ParagraphProperties(new ParagraphStyleId { Val = $"Heading{level}" });
            if (numberedHeadings)
            {
                properties.Append(new NumberingProperties(new NumberingLevelReference { Val = level - 1 }, new NumberingId { Val = 3 }));
            }
            body.Append(new Paragraph(properties, new Run(new WordText(text))));
        });
        return this;
    }

    public TestDocx Title(string text)
    {
        content.Add(body => body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Title" }), new Run(new WordText(text)))));
        return this;
    }

    /// <summary>A paragraph; "**word**" in <paramref name="text"/> is written as a bold run, "*word*" as an italic one.</summary>
    public TestDocx Paragraph(string text)
    {
        content.Add(body => body.Append(new Paragraph(Runs(text))));
        return this;
    }

    public TestDocx Bullets(params string[] items) => List(1, items);

    public TestDocx Numbered(params string[] items) => List(2, items);

    private TestDocx List(int numId, string[] items)
    {
        content.Add(body =>
        {
            foreach (var item in items)
            {
                body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "ListParagraph" },
                    new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numId })), new Run(new WordText(item))));
            }
        });
        return this;
    }

    public TestDocx Table(params string[][] rows)
    {
        content.Add(body =>
        {
            var table = new Table();
            foreach (var row in rows)
            {
                table.Append(new TableRow(row.Select(cell => new TableCell(new Paragraph(new Run(new WordText(cell)))))));
            }
            body.Append(table);
        });
        return this;
    }

    public byte[] Bytes(Action<WordprocessingDocument>? also = null)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var body = new Body();
            foreach (var add in content)
            {
                add(body);
            }
            main.Document = new Document(body);
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                Enumerable.Range(1, 4).Select(level => new Style(new StyleName { Val = $"heading {level}" }) { Type = StyleValues.Paragraph, StyleId = $"Heading{level}" })
                    .Append(new Style(new StyleName { Val = "Title" }) { Type = StyleValues.Paragraph, StyleId = "Title" })
                    .Append(new Style(new StyleName { Val = "List Paragraph" }) { Type = StyleValues.Paragraph, StyleId = "ListParagraph" }));
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                Abstract(1, NumberFormatValues.Bullet, "•"), Abstract(2, NumberFormatValues.Decimal, "%1."),
                new AbstractNum(
                    new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 },
                    new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1.%2." }) { LevelIndex = 1 },
                    new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1.%2.%3." }) { LevelIndex = 2 })
                { AbstractNumberId = 3 },
                new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 },
                new NumberingInstance(new AbstractNumId { Val = 2 }) { NumberID = 2 },
                new NumberingInstance(new AbstractNumId { Val = 3 }) { NumberID = 3 });
            also?.Invoke(word);
        }
        return stream.ToArray();
    }

    private static AbstractNum Abstract(int id, NumberFormatValues format, string text) =>
        new(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text }) { LevelIndex = 0 }) { AbstractNumberId = id };

    private static IEnumerable<Run> Runs(string text)
    {
        foreach (var part in System.Text.RegularExpressions.Regex.Split(text, @"(\*\*[^*]+\*\*|\*[^*]+\*)"))
        {
            if (part.Length == 0)
            {
                continue;
            }
            var (plain, properties) = part.StartsWith("**", StringComparison.Ordinal) ? (part[2..^2], new RunProperties(new Bold()))
                : part.StartsWith('*') ? (part[1..^1], new RunProperties(new Italic()))
                : (part, (RunProperties?)null);
            var run = new Run(new WordText(plain) { Space = SpaceProcessingModeValues.Preserve });
            if (properties is not null)
            {
                run.PrependChild(properties);
            }
            yield return run;
        }
    }

    /// <summary>A ZIP package with one more part written into it (a macro project, an embedded workbook).</summary>
    public static byte[] WithPart(byte[] docx, string name, byte[] part)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(name).Open();
            entry.Write(part);
        }
        return stream.ToArray();
    }

    /// <summary>
    /// The Luhansk strategy's shape: an introduction, the analysis, a SWOT and the vision, then three strategic directions
    /// (<see cref="Directions"/>), then the implementation.
    /// </summary>
    public static TestDocx Strategy(string tag = "") => Directions(new TestDocx()
            .Title("Стратегія розвитку Луганської області до 2027 року")
            .Heading(1, "Вступ").Paragraph("Стратегію розроблено відповідно до **Закону України** «Про засади державної регіональної політики».")
            .Heading(1, "Соціально-економічний аналіз").Paragraph("Населення області скоротилося.")
            .Table(["Показник", "2019", "2020"], ["Населення, тис. осіб", "2135,9", "2121,3"])
            .Heading(2, "Демографія").Paragraph("Відтік молоді — *головний* виклик.")
            .Heading(1, "SWOT-аналіз")
            .Heading(2, "Сильні сторони").Bullets("Вигідне розташування", "Природні ресурси")
            .Heading(2, "Загрози").Bullets("Збройний конфлікт")
            .Heading(1, "Стратегічне бачення").Paragraph("Луганщина — регіон, де комфортно жити."), tag)
        .Heading(1, "Впровадження та моніторинг").Paragraph("Щорічний звіт про виконання.");

    /// <summary>
    /// Three strategic directions as groups, each with a problem, a strategic goal, operational goals and tasks numbered as the
    /// methodology numbers them: twenty items. With <paramref name="unnamedTask"/> one task's heading lacks the word
    /// «Завдання», so the guess takes it for text of the task before it.
    /// </summary>
    public static TestDocx Directions(TestDocx docx, string tag = "", bool unnamedTask = false) => docx
        .Heading(1, $"Економіка та зайнятість{tag}")
        .Heading(2, "Проблема 1. Безробіття").Paragraph("Рівень безробіття вдвічі вищий за середній.")
        .Heading(2, "Стратегічна ціль 1. Конкурентоспроможна економіка").Paragraph("Економіка зростає.")
        .Heading(3, "Операційна ціль 1.1. Нові робочі місця").Paragraph("Створення робочих місць.")
        .Heading(4, "Завдання 1.1.1. Підтримка малого бізнесу").Paragraph("Гранти й кредити.").Numbered("Гранти", "Кредити")
        .Heading(4, "Завдання 1.1.2. Індустріальні парки").Paragraph("Облаштування парків.")
        .Heading(3, "Операційна ціль 1.2. Інвестиції").Paragraph("Залучення інвесторів.")
        .Heading(4, "Завдання 1.2.1. Інвестиційний портал").Paragraph("Сайт для інвесторів.")
        .Heading(1, $"Безпека та відновлення{tag}")
        .Heading(2, "Проблема 2. Заміновані території").Paragraph("Тисячі гектарів потребують розмінування.")
        .Heading(2, "Стратегічна ціль 2. Безпечне середовище").Paragraph("Люди почуваються безпечно.")
        .Heading(3, "Операційна ціль 2.1. Розмінування").Paragraph("Очищення територій.")
        .Heading(4, "Завдання 2.1.1. Гуманітарне розмінування сільськогосподарських угідь").Paragraph("Розмінування полів і доріг.")
        .Heading(4, "Завдання 2.1.2. Навчання населення").Paragraph("Уроки мінної безпеки в школах.")
        .Heading(4, (unnamedTask ? "" : "Завдання 2.1.3. ") + "Позначення небезпечних ділянок").Paragraph("Знаки на узбіччях.")
        .Heading(1, $"Людський капітал{tag}")
        .Heading(2, "Проблема 3. Відтік молоді").Paragraph("Молодь виїжджає.")
        .Heading(2, "Стратегічна ціль 3. Якісні послуги").Paragraph("Освіта і медицина доступні.")
        .Heading(3, "Операційна ціль 3.1. Освіта").Paragraph("Сучасні школи.")
        .Heading(4, "Завдання 3.1.1. Опорні школи").Paragraph("Мережа опорних шкіл.")
        .Heading(4, "Завдання 3.1.2. Профтехосвіта").Paragraph("Навчання робітничих професій.")
        .Heading(3, "Операційна ціль 3.2. Охорона здоров'я").Paragraph("Доступна медицина.")
        .Heading(4, "Завдання 3.2.1. Амбулаторії").Paragraph("Нові амбулаторії в селах.");
}
