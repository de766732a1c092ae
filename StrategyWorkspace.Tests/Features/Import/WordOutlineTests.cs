using System.IO.Compression;
using StrategyWorkspace.Features.Import;

namespace StrategyWorkspace.Tests.Features.Import;

/// <summary>A Word document read as its headings and their text, and every bad file refused with its reason.</summary>
public sealed class WordOutlineTests
{
    [Fact]
    public void Headings_keep_their_levels_and_the_text_under_them_becomes_markdown_with_bold_italic_lists_and_tables()
    {
        var document = WordOutline.Read(TestDocx.Strategy().Bytes(), "C:\\Users\\olena\\Стратегія.docx");

        Assert.Equal(("Стратегія.docx", "Стратегія розвитку Луганської області до 2027 року"), (document.FileName, document.Title));
        Assert.Equal((1, "Вступ"), (document.Headings[0].Level, document.Headings[0].Text));
        Assert.Equal("Стратегію розроблено відповідно до **Закону України** «Про засади державної регіональної політики».", document.Headings[0].Body);
        Assert.Equal("Населення області скоротилося.\n\n| Показник | 2019 | 2020 |\n| --- | --- | --- |\n| Населення, тис. осіб | 2135,9 | 2121,3 |",
            document.Headings[1].Body);
        Assert.Equal("Відтік молоді — *головний* виклик.", document.Headings[2].Body);
        Assert.Equal("- Вигідне розташування\n- Природні ресурси", document.Headings.Single(h => h.Text == "Сильні сторони").Body);
        var task = document.Headings.Single(h => h.Text.StartsWith("Завдання 1.1.1", StringComparison.Ordinal));
        Assert.Equal((4, "Гранти й кредити.\n\n1. Гранти\n1. Кредити"), (task.Level, task.Body));
    }

    [Fact]
    public void Words_own_numbering_of_headings_is_written_out_and_text_that_looks_like_markdown_stays_text()
    {
        var bytes = new TestDocx().WithNumberedHeadings()
            .Heading(1, "Економіка").Heading(2, "Цілі").Heading(3, "Зростання").Paragraph("# не заголовок, 5 * 3 = 15 і <script>alert(1)</script>")
            .Heading(3, "Інвестиції").Heading(1, "Безпека").Heading(2, "Цілі").Heading(3, "Розмінування")
            .Bytes();

        var headings = WordOutline.Read(bytes, "n.docx").Headings;

        Assert.Equal(["1. Економіка", "1.1. Цілі", "1.1.1. Зростання", "1.1.2. Інвестиції", "2. Безпека", "2.1. Цілі", "2.1.1. Розмінування"], headings.Select(h => h.Text));
        Assert.Equal("\\# не заголовок, 5 \\* 3 = 15 і \\<script\\>alert(1)\\</script\\>", headings[2].Body);
    }

    [Fact]
    public void An_empty_file_a_large_one_and_one_that_is_not_a_word_document_are_refused_each_with_its_reason()
    {
        Assert.Equal("Import_EmptyFile", Refusal([]));
        Assert.Equal("Import_TooLarge", Refusal(new byte[ImportFileCheck.MaxFileBytes + 1]));
        Assert.Equal("Import_NotWord", Refusal("Просто текст, не документ"u8.ToArray()));
        Assert.Equal("Import_ProtectedOrOld", Refusal([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0]));
        Assert.Equal("Import_Corrupt", Refusal([0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]));
        Assert.Equal("Import_NotWord", Refusal(Zip(("hello.txt", "привіт"u8.ToArray()))));
        // A ZIP with the parts' names but not a Word document inside.
        Assert.Equal("Import_Corrupt", Refusal(Zip(("[Content_Types].xml", "<oops"u8.ToArray()), ("word/document.xml", "<w:document/>"u8.ToArray()))));
    }

    [Fact]
    public void A_zip_bomb_is_refused_by_what_it_unpacks_to()
    {
        var bytes = TestDocx.WithPart(TestDocx.Strategy().Bytes(), "word/media/zeros.bin", new byte[ImportFileCheck.MaxUnpackedBytes + 1]);
        Assert.True(bytes.Length < ImportFileCheck.MaxFileBytes);

        Assert.Equal("Import_Bomb", Refusal(bytes));
    }

    [Fact]
    public void Macros_embedded_objects_and_content_linked_from_outside_are_refused()
    {
        var plain = TestDocx.Strategy().Bytes();

        Assert.Equal("Import_Macros", Refusal(TestDocx.WithPart(plain, "word/vbaProject.bin", [1, 2, 3])));
        Assert.Equal("Import_Embedded", Refusal(TestDocx.WithPart(plain, "word/embeddings/Microsoft_Excel_Worksheet.xlsx", [1, 2, 3])));
        var linked = TestDocx.Strategy().Bytes(word => word.MainDocumentPart!.AddExternalRelationship(
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image", new Uri("http://attacker.example/pixel.png")));
        Assert.Equal("Import_ExternalLinks", Refusal(linked));
        var hyperlink = TestDocx.Strategy().Bytes(word => word.MainDocumentPart!.AddHyperlinkRelationship(new Uri("https://loga.gov.ua"), true));
        Assert.NotEmpty(WordOutline.Read(hyperlink, "h.docx").Headings);
    }

    [Fact]
    public void A_document_without_headings_says_how_to_mark_them()
    {
        Assert.Equal("Import_NoHeadings", Refusal(new TestDocx().Paragraph("Лише текст без заголовків.").Bytes()));
    }

    private static string Refusal(byte[] content) =>
        Assert.Throws<InvalidInputException>(() => WordOutline.Read(content, "bad.docx")).MessageKey;

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(content);
            }
        }
        return stream.ToArray();
    }
}
