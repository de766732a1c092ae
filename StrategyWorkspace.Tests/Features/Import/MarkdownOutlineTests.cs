using System.Text;
using StrategyWorkspace.Domain;
using StrategyWorkspace.Features.Import;

namespace StrategyWorkspace.Tests.Features.Import;

/// <summary>A Markdown document read as the same outline a Word document gives, and every file that is not Markdown text refused with its reason.</summary>
public sealed class MarkdownOutlineTests
{
    [Fact]
    public void A_strategy_in_markdown_reads_as_the_same_headings_levels_and_texts_as_the_same_strategy_in_word()
    {
        var word = WordOutline.Read(TestDocx.Strategy().Bytes(), "Стратегія.docx");

        var markdown = MarkdownOutline.Read(TestMarkdown.Bytes(TestMarkdown.Strategy()), "C:\\Users\\olena\\Стратегія.md");

        Assert.Equal(("Стратегія.md", word.Title), (markdown.FileName, markdown.Title));
        Assert.Equal(word.Headings.Select(h => (h.Index, h.Level, h.Text, h.Body)), markdown.Headings.Select(h => (h.Index, h.Level, h.Text, h.Body)));
        Assert.Equal(31, markdown.Headings.Count);
    }

    [Fact]
    public void Only_real_headings_count_their_marks_are_taken_off_and_the_text_under_them_is_kept_as_written()
    {
        var text = string.Join("\n", [
            "Text before any heading is not part of the strategy.",
            "# **Економіка** та <em>`зайнятість`</em>",
            "#хештег is not a heading, and neither are these:",
            "",
            "```",
            "# a line of code",
            "```",
            "",
            "> # a quoted heading",
            "",
            "- # a heading in a list",
            "",
            "Raw <b onclick=\"x()\">HTML</b> stays as written: the workspace sanitizes what it shows.",
            "## [Завдання 1.1.1](https://example.org) Розмінування &amp; відновлення",
            "###",
            "#### Last",
        ]);

        var headings = MarkdownOutline.Read(Encoding.UTF8.GetBytes(text), "s.md").Headings;

        Assert.Equal([(1, "Економіка та зайнятість"), (2, "Завдання 1.1.1 Розмінування & відновлення"), (4, "Last")], headings.Select(h => (h.Level, h.Text)));
        Assert.StartsWith("#хештег is not a heading", headings[0].Body, StringComparison.Ordinal);
        Assert.Contains("```\n# a line of code\n```\n\n> # a quoted heading\n\n- # a heading in a list", headings[0].Body, StringComparison.Ordinal);
        Assert.EndsWith("Raw <b onclick=\"x()\">HTML</b> stays as written: the workspace sanitizes what it shows.", headings[0].Body, StringComparison.Ordinal);
        // An empty heading is no heading: what follows it belongs to the one before.
        Assert.Equal("###", headings[1].Body);
        Assert.Equal("", headings[2].Body);
    }

    [Fact]
    public void An_empty_file_a_large_one_a_binary_one_one_not_in_utf8_and_one_without_headings_are_refused_each_with_its_reason()
    {
        Assert.Equal("Import_EmptyFile", Refusal([]));
        Assert.Equal("Import_TooLarge", Refusal(new byte[ImportFileCheck.MaxFileBytes + 1]));
        // A Word document renamed to .md.
        Assert.Equal("Import_NotMarkdown", Refusal(TestDocx.Strategy().Bytes()));
        Assert.Equal("Import_NotUtf8", Refusal(CodePagesEncoding().GetBytes("# Стратегія розвитку")));
        Assert.Equal("Import_NoHeadings", Refusal(Encoding.UTF8.GetBytes("Just a paragraph.\n\n    # indented code, not a heading\n")));
        Assert.Equal("Import_TooManyHeadings", Refusal(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("# h\n", WordOutline.MaxHeadings + 1)))));
    }

    [Theory]
    [InlineData("Стратегія.md", true)]
    [InlineData("STRATEGY.MARKDOWN", true)]
    [InlineData("Стратегія.docx", false)]
    [InlineData("md", false)]
    public void Markdown_is_told_by_the_files_name(string fileName, bool markdown) =>
        Assert.Equal(markdown, MarkdownOutline.IsMarkdownName(fileName));

    private static Encoding CodePagesEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1251);
    }

    private static string Refusal(byte[] content) =>
        Assert.Throws<InvalidInputException>(() => MarkdownOutline.Read(content, "strategy.md")).MessageKey;
}
