using DocumentFormat.OpenXml.Wordprocessing;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MarkdownTable = Markdig.Extensions.Tables.Table;
using MarkdownTableCell = Markdig.Extensions.Tables.TableCell;
using MarkdownTableRow = Markdig.Extensions.Tables.TableRow;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;

namespace StrategyWorkspace.Features.Export;

/// <summary>
/// Writes an item's Markdown body as Word paragraphs: headings, paragraphs, bold, italic,
/// strike-through, code, bullet and numbered lists, quotes and tables. Raw HTML is written as the
/// text it is, never interpreted.
/// </summary>
internal sealed class MarkdownToWord(WordDocument document)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public void Write(string markdown)
    {
        foreach (var block in Markdown.Parse(markdown, Pipeline))
        {
            WriteBlock(block, style: null, list: null);
        }
    }

    private void WriteBlock(Block block, string? style, (int Id, int Level)? list)
    {
        switch (block)
        {
            case HeadingBlock heading:
                AddParagraph(WordDocument.Heading(4), heading.Inline, list: null);
                break;
            case ParagraphBlock paragraph:
                AddParagraph(style, paragraph.Inline, list);
                break;
            case ListBlock items:
                var id = document.NewList(items.IsOrdered);
                foreach (var item in items.OfType<ListItemBlock>())
                {
                    foreach (var child in item)
                    {
                        WriteBlock(child, WordDocument.ListParagraph, child is ParagraphBlock ? (id, 0) : null);
                    }
                }
                break;
            case QuoteBlock quote:
                foreach (var child in quote)
                {
                    WriteBlock(child, WordDocument.Quote, list);
                }
                break;
            case CodeBlock code:
                foreach (var line in code.Lines.Lines.Take(code.Lines.Count))
                {
                    document.AddText(WordDocument.Code, line.ToString());
                }
                break;
            case MarkdownTable table:
                document.Body.Append(Table(table));
                break;
            case ThematicBreakBlock:
                document.Add(null, new Run(new Break { Type = BreakValues.TextWrapping }));
                break;
            case LeafBlock leaf when leaf.Lines.Count > 0:
                // Raw HTML and anything else: the text as typed.
                document.AddText(style, leaf.Lines.ToString());
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    WriteBlock(child, style, list);
                }
                break;
        }
    }

    private void AddParagraph(string? style, ContainerInline? inline, (int Id, int Level)? list)
    {
        var paragraph = document.Add(style);
        if (list is { } numbered)
        {
            paragraph.ParagraphProperties ??= new ParagraphProperties();
            paragraph.ParagraphProperties.Append(new NumberingProperties(
                new NumberingLevelReference { Val = numbered.Level }, new NumberingId { Val = numbered.Id }));
        }
        if (inline is not null)
        {
            paragraph.Append(Runs(inline, new Format()).ToArray());
        }
    }

    private sealed record Format(bool Bold = false, bool Italic = false, bool Strike = false, bool Code = false)
    {
        public RunProperties? ToProperties()
        {
            if (this == new Format())
            {
                return null;
            }
            var properties = new RunProperties();
            if (Code)
            {
                properties.Append(new RunFonts { Ascii = "Courier New", HighAnsi = "Courier New", ComplexScript = "Courier New" });
            }
            if (Bold)
            {
                properties.Append(new Bold());
            }
            if (Italic)
            {
                properties.Append(new Italic());
            }
            if (Strike)
            {
                properties.Append(new Strike());
            }
            return properties;
        }
    }

    private static IEnumerable<Run> Runs(ContainerInline container, Format format)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    yield return WordDocument.Run(literal.Content.ToString(), format.ToProperties());
                    break;
                case EmphasisInline emphasis:
                    var inner = emphasis.DelimiterChar == '~' ? format with { Strike = true }
                        : emphasis.DelimiterCount >= 2 ? format with { Bold = true }
                        : format with { Italic = true };
                    foreach (var run in Runs(emphasis, inner))
                    {
                        yield return run;
                    }
                    break;
                case CodeInline code:
                    yield return WordDocument.Run(code.Content, (format with { Code = true }).ToProperties());
                    break;
                case LineBreakInline lineBreak:
                    yield return lineBreak.IsHard ? new Run(new Break()) : WordDocument.Run(" ", format.ToProperties());
                    break;
                case AutolinkInline autolink:
                    yield return WordDocument.Run(autolink.Url, format.ToProperties());
                    break;
                case HtmlEntityInline entity:
                    yield return WordDocument.Run(entity.Transcoded.ToString(), format.ToProperties());
                    break;
                case HtmlInline html:
                    yield return WordDocument.Run(html.Tag, format.ToProperties());
                    break;
                case ContainerInline nested:
                    // Links and images: their text; the address follows a link in brackets.
                    foreach (var run in Runs(nested, format))
                    {
                        yield return run;
                    }
                    if (nested is LinkInline { IsImage: false, Url: { Length: > 0 } url })
                    {
                        yield return WordDocument.Run($" ({url})", format.ToProperties());
                    }
                    break;
            }
        }
    }

    private static WordTable Table(MarkdownTable table)
    {
        var word = WordDocument.BorderedTable();
        foreach (var row in table.OfType<MarkdownTableRow>())
        {
            var wordRow = new DocumentFormat.OpenXml.Wordprocessing.TableRow();
            foreach (var cell in row.OfType<MarkdownTableCell>())
            {
                var paragraph = new Paragraph();
                foreach (var inline in cell.OfType<ParagraphBlock>().Where(p => p.Inline is not null))
                {
                    paragraph.Append(Runs(inline.Inline!, new Format(Bold: row.IsHeader)).ToArray());
                }
                wordRow.Append(new DocumentFormat.OpenXml.Wordprocessing.TableCell(paragraph));
            }
            word.Append(wordRow);
        }
        return word;
    }
}
