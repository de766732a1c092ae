using Markdig;
using Markdig.Syntax;
using StrategyWorkspace.Features.Export;
using StrategyWorkspace.Tests.Infrastructure;

namespace StrategyWorkspace.Tests.Features.Export;

public sealed class MarkdownExportTests(WorkspaceFixture fixture) : IClassFixture<WorkspaceFixture>
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    private List<(int Level, string Text)> Headings(string culture = "uk")
    {
        var markdown = MarkdownExport.Write(ExportSamples.Document(), ExportSamples.Words(fixture.App, culture));
        var parsed = Markdown.Parse(markdown, Pipeline);
        return parsed.Descendants<HeadingBlock>()
            .Select(h => (h.Level, string.Concat(h.Inline!.Descendants<Markdig.Syntax.Inlines.LiteralInline>().Select(l => l.Content.ToString())).Trim()))
            .ToList();
    }

    [Fact]
    public void The_committees_sections_open_and_close_the_document_with_the_analysis_table_kept_as_a_table()
    {
        var markdown = MarkdownExport.Write(ExportSamples.WithSections(), ExportSamples.Words(fixture.App));

        var headings = markdown.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal) || l.StartsWith("### ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["## Зміст", "## Соціально-економічний аналіз", "## SWOT-аналіз", "### Сильні сторони", "### Загрози", "## Стратегічне бачення", "## 1. Економіка і екологія"],
            headings.Take(7));
        // The implementation closes the text; the plan comes after it, as the document's last part.
        Assert.Equal(["## Впровадження та моніторинг", "## План реалізації проєктів і завдань"], headings[^2..]);
        Assert.Contains(ExportSamples.AnalysisTable, markdown);
        Assert.Contains("- [SWOT-аналіз](#edition-swot)", markdown);
    }

    [Fact]
    public void A_goals_indicators_are_a_pipe_table_under_the_goal()
    {
        var markdown = MarkdownExport.Write(ExportSamples.WithIndicators(), ExportSamples.Words(fixture.App));

        Assert.Contains("**Індикатори**\n\n| Індикатор | Одиниця виміру | Джерело даних | Періодичність | Базове значення (рік) | 2018 | 2020 |\n"
            + "| --- | --- | --- | --- | --- | --- | --- |\n| Рівень безробіття | % | Держстат | щороку | базове 11,8 (2015) | 10 | 8,5 |", markdown.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_outline_is_title_groups_kinds_and_numbered_items()
    {
        var headings = Headings();

        Assert.Equal((1, "Стратегія розвитку Луганської області до 2020 року"), headings[0]);
        Assert.Contains((2, "Стратегічне бачення"), headings);
        Assert.Contains((2, "1. Економіка і екологія"), headings);
        Assert.Contains((3, "1.2. Шляхи вирішення"), headings);
        Assert.Contains((4, "1.1.1. Економіка потребує відновлення"), headings);
        Assert.Contains((4, "4.3.2. Доступні послуги"), headings);
    }

    [Fact]
    public void Headings_inside_an_item_move_below_the_item_heading()
    {
        Assert.Contains((5, "Причини"), Headings());
        Assert.Equal("##### Причини\n```\n# не заголовок\n```", MarkdownExport.DemoteHeadings("# Причини\n```\n# не заголовок\n```"));
    }

    [Fact]
    public void Headings_carry_anchors_the_contents_link_to()
    {
        var markdown = MarkdownExport.Write(ExportSamples.Document(), ExportSamples.Words(fixture.App));
        var parsed = Markdown.Parse(markdown, Pipeline);

        var html = Markdown.ToHtml(markdown, Pipeline);
        Assert.Contains("id=\"item-11\"", html);
        Assert.Contains("href=\"#group-1\"", html);
        Assert.Contains("href=\"#item-11\"", html); // the solution's link to the problem it addresses
        Assert.NotEmpty(parsed.Descendants<ListBlock>());
    }

    [Fact]
    public void The_anchors_work_in_plain_CommonMark_and_the_contents_start_with_the_vision()
    {
        var markdown = MarkdownExport.Write(ExportSamples.Document(), ExportSamples.Words(fixture.App));

        // Plain CommonMark, as most viewers read it: the {#id} attribute syntax would show as text there.
        var html = Markdown.ToHtml(markdown);
        Assert.DoesNotContain("{#", markdown);
        Assert.Contains("<a id=\"group-1\"></a>", html);
        Assert.Contains("<a id=\"edition-vision\"></a>", html);
        Assert.Contains("href=\"#edition-vision\"", html);
        // What addresses the problem shows under it, as on the web edition.
        Assert.Contains("[1.2.1](#item-12)", markdown);
    }
}
