using System.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StrategyWorkspace.Domain;

namespace StrategyWorkspace.Features.Import;

/// <summary>
/// A Markdown document read as the headings it is built of — the same outline a Word document gives, so the guesses,
/// the preview and the import are one. A heading is a top-level ATX (<c>## …</c>) or Setext one; the text under it, up
/// to the next heading, is kept as the author wrote it, since the workspace's own text is Markdown. A front matter block
/// is not text; its <c>title:</c> is the document's title.
/// </summary>
internal static class MarkdownOutline
{
    /// <summary>What the import takes as Markdown, by the file's name; the page's file field offers these beside .docx.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".md", ".markdown"];

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().UseYamlFrontMatter().Build();

    public static bool IsMarkdownName(string fileName) => Extensions.Any(e => fileName.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    public static ImportedDocument Read(byte[] content, string fileName)
    {
        var text = Decode(content);
        var document = Markdown.Parse(text, Pipeline);
        var headings = new List<ImportedHeading>();
        string? title = null;
        (int Level, string Text, int BodyStart)? current = null;

        void EndHeading(int end)
        {
            if (current is { } heading)
            {
                var body = heading.BodyStart < end ? text[heading.BodyStart..end].Trim('\n', ' ', '\t') : "";
                headings.Add(new ImportedHeading(headings.Count, heading.Level, heading.Text, body, [], false));
            }
        }

        foreach (var block in document)
        {
            if (block is YamlFrontMatterBlock front)
            {
                title = FrontMatterTitle(front);
                continue;
            }
            if (block is not HeadingBlock heading || PlainText(heading.Inline) is not { Length: > 0 } headingText)
            {
                continue;
            }
            EndHeading(heading.Span.Start);
            if (headings.Count >= WordOutline.MaxHeadings)
            {
                throw new InvalidInputException("File", "Import_TooManyHeadings", WordOutline.MaxHeadings);
            }
            // The text begins on the line after the heading's: an ATX heading's closing marks ("## Title ##") are not in its span.
            var lineEnd = text.IndexOf('\n', heading.Span.End);
            current = (heading.Level, headingText, lineEnd < 0 ? text.Length : lineEnd + 1);
        }
        EndHeading(text.Length);
        if (headings.Count == 0)
        {
            throw new InvalidInputException("File", "Import_NoHeadings");
        }
        return new ImportedDocument(ImportFileCheck.NameOf(fileName), title, headings);
    }

    /// <summary>The file's text in UTF-8, its line ends made one; anything else is refused with what to do about it.</summary>
    private static string Decode(byte[] content)
    {
        ImportFileCheck.CheckSize(content);
        // A zero byte is never in text: a Word document or a picture renamed to .md.
        if (content.AsSpan().IndexOf((byte)0) >= 0)
        {
            throw new InvalidInputException("File", "Import_NotMarkdown");
        }
        try
        {
            var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(content);
            return text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }
        catch (DecoderFallbackException)
        {
            throw new InvalidInputException("File", "Import_NotUtf8");
        }
    }

    /// <summary>A heading's words without their emphasis, code marks or links' targets; raw HTML tags in it are left out, their words kept.</summary>
    private static string PlainText(ContainerInline? inlines)
    {
        var text = new StringBuilder();
        void Append(Inline inline)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString());
                    break;
                case ContainerInline container:
                    foreach (var child in container)
                    {
                        Append(child);
                    }
                    break;
            }
        }
        if (inlines is not null)
        {
            Append(inlines);
        }
        return string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static string? FrontMatterTitle(YamlFrontMatterBlock front)
    {
        foreach (var line in front.Lines.Lines.Take(front.Lines.Count))
        {
            var value = line.Slice.ToString();
            if (value.StartsWith("title:", StringComparison.OrdinalIgnoreCase))
            {
                return value["title:".Length..].Trim().Trim('"', '\'') is { Length: > 0 } title ? title : null;
            }
        }
        return null;
    }
}
