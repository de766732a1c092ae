using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace StrategyWorkspace.Features.Export;

// Word's own Text and Numbering, not the workspace's building blocks of those names.
using Numbering = DocumentFormat.OpenXml.Wordprocessing.Numbering;
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;
using Drawing = DocumentFormat.OpenXml.Drawing;
using Pictures = DocumentFormat.OpenXml.Drawing.Pictures;
using Wordprocessing = DocumentFormat.OpenXml.Drawing.Wordprocessing;

/// <summary>
/// A Word document being written: A4 pages, the styles Word users expect (Title, Heading 1–4,
/// TOC 1–3, Quote, list paragraphs), bullet and numbered lists, a table-of-contents field that
/// Word refreshes on opening, and the document's properties.
/// </summary>
internal sealed class WordDocument : IDisposable
{
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Quote = "Quote";
    public const string Code = "Code";
    public const string ListParagraph = "ListParagraph";
    public const string TocHeading = "TOCHeading";

    private const int BulletList = 1;
    private const int OrderedList = 2;

    private readonly WordprocessingDocument package;
    private readonly List<NumberingInstance> lists = [];
    private int images;

    public WordDocument(Stream output, string language)
    {
        package = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = package.AddMainDocumentPart();
        main.Document = new Document(Body);
        main.AddNewPart<StyleDefinitionsPart>().Styles = Styles(language);
        // Word fills in the table of contents and page numbers when the document opens.
        main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(new UpdateFieldsOnOpen { Val = true });
    }

    public Body Body { get; } = new();

    public static string Heading(int level) => $"Heading{level}";

    public void Properties(string title, string subject, string author, DateTimeOffset created, string revision, string language)
    {
        var properties = package.PackageProperties;
        properties.Title = title;
        properties.Subject = subject;
        properties.Creator = author;
        properties.LastModifiedBy = author;
        properties.Created = created.UtcDateTime;
        properties.Modified = created.UtcDateTime;
        properties.Revision = revision;
        properties.Language = language;
    }

    public Paragraph Add(string? style, params OpenXmlElement[] content)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }
        paragraph.Append(content);
        Body.Append(paragraph);
        return paragraph;
    }

    public Paragraph AddText(string? style, string text) => Add(style, Run(text));

    /// <summary>A table with thin borders across the page's width, as the committee's tables are printed.</summary>
    public static Table BorderedTable() => new(new TableProperties(
        new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
        new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));

    /// <summary>A table of plain text, its first row the header (bold).</summary>
    public void AddTable(IReadOnlyList<string[]> rows) => AddTable(rows, row => row == 0);

    /// <summary>
    /// A table of plain text whose header repeats on every page, the rows <paramref name="bold"/> says in bold (the header, the totals),
    /// and the columns <paramref name="number"/> says aligned right, as figures are.
    /// </summary>
    public void AddTable(IReadOnlyList<string[]> rows, Func<int, bool> bold, Func<int, bool>? number = null)
    {
        var table = BorderedTable();
        for (var i = 0; i < rows.Count; i++)
        {
            var strong = bold(i);
            var row = new TableRow(rows[i].Select((text, column) =>
            {
                var paragraph = new Paragraph(Run(text, strong ? new RunProperties(new Bold()) : null));
                if (number?.Invoke(column) == true && i > 0)
                {
                    paragraph.PrependChild(new ParagraphProperties(new Justification { Val = JustificationValues.Right }));
                }
                return new TableCell(paragraph);
            }));
            if (i == 0)
            {
                row.PrependChild(new TableRowProperties(new TableHeader()));
            }
            table.Append(row);
        }
        Body.Append(table);
    }

    /// <summary>
    /// A PNG image (a chart) in a paragraph of its own, <paramref name="widthCm"/> wide with its proportions kept, and
    /// <paramref name="description"/> as its text alternative, which Word reads aloud and shows as the alt text.
    /// </summary>
    public void AddImage(byte[] png, int pixelWidth, int pixelHeight, string title, string description, double widthCm = 16)
    {
        var main = package.MainDocumentPart!;
        var part = main.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(png))
        {
            part.FeedData(stream);
        }
        var id = (uint)++images;
        const long emuPerCm = 360_000;
        var cx = (long)(widthCm * emuPerCm);
        var cy = cx * pixelHeight / pixelWidth;
        var name = $"chart-{id}.png";
        var picture = new Pictures.Picture(
            new Pictures.NonVisualPictureProperties(
                new Pictures.NonVisualDrawingProperties { Id = 0U, Name = name },
                new Pictures.NonVisualPictureDrawingProperties()),
            new Pictures.BlipFill(new Drawing.Blip { Embed = main.GetIdOfPart(part) }, new Drawing.Stretch(new Drawing.FillRectangle())),
            new Pictures.ShapeProperties(
                new Drawing.Transform2D(new Drawing.Offset { X = 0L, Y = 0L }, new Drawing.Extents { Cx = cx, Cy = cy }),
                new Drawing.PresetGeometry(new Drawing.AdjustValueList()) { Preset = Drawing.ShapeTypeValues.Rectangle }));
        var inline = new Wordprocessing.Inline(
            new Wordprocessing.Extent { Cx = cx, Cy = cy },
            new Wordprocessing.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new Wordprocessing.DocProperties { Id = id, Name = name, Title = Clean(title), Description = Clean(description) },
            new Wordprocessing.NonVisualGraphicFrameDrawingProperties(new Drawing.GraphicFrameLocks { NoChangeAspect = true }),
            new Drawing.Graphic(new Drawing.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U,
        };
        Body.Append(new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Drawing(inline))));
    }

    public void PageBreak() => Body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));

    /// <summary>
    /// A TOC field over headings 1–3. Its result already lists the headings, so the contents read
    /// right in any viewer; Word replaces them with page numbers when it updates the field.
    /// </summary>
    public void TableOfContents(string heading, IReadOnlyList<(int Level, string Text)> entries)
    {
        AddText(TocHeading, heading);
        if (entries.Count == 0)
        {
            return;
        }
        for (var i = 0; i < entries.Count; i++)
        {
            var paragraph = Add($"TOC{entries[i].Level}");
            if (i == 0)
            {
                paragraph.Append(
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }),
                    new Run(new FieldCode(@" TOC \o ""1-3"" \h \z \u ") { Space = SpaceProcessingModeValues.Preserve }),
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
            }
            paragraph.Append(Run(entries[i].Text));
            if (i == entries.Count - 1)
            {
                paragraph.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            }
        }
    }

    /// <summary>A new list's numbering: bullets, or numbers starting again from 1.</summary>
    public int NewList(bool ordered)
    {
        var id = lists.Count + 1;
        lists.Add(new NumberingInstance(
            new AbstractNumId { Val = ordered ? OrderedList : BulletList },
            new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 })
        { NumberID = id });
        return id;
    }

    public static Run Run(string text, RunProperties? properties = null)
    {
        var run = new Run();
        if (properties is not null)
        {
            run.Append(properties);
        }
        // A line break inside a run (a proposal's paragraphs, a soft break) is a Word break, not a space.
        var lines = Clean(text).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }
            run.Append(new Text(lines[i].TrimEnd('\r')) { Space = SpaceProcessingModeValues.Preserve });
        }
        return run;
    }

    /// <summary>Characters XML cannot hold (control characters pasted from elsewhere) are dropped, not allowed to break the file.</summary>
    public static string Clean(string text)
    {
        if (!text.Any(c => !XmlAllowed(c)))
        {
            return text;
        }
        var clean = new StringBuilder(text.Length);
        foreach (var c in text.Where(XmlAllowed))
        {
            clean.Append(c);
        }
        return clean.ToString();
    }

    private static bool XmlAllowed(char c) => c is '\t' or '\n' or '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);

    public void Dispose()
    {
        Body.Append(new SectionProperties(
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 850, Header = 708, Footer = 708, Gutter = 0 }));
        if (lists.Count > 0)
        {
            var numbering = new Numbering(Abstract(BulletList, NumberFormatValues.Bullet, "•"), Abstract(OrderedList, NumberFormatValues.Decimal, "%1."));
            numbering.Append(lists);
            package.MainDocumentPart!.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
        }
        package.Dispose();
    }

    private static AbstractNum Abstract(int id, NumberFormatValues format, string text) =>
        new(new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = format },
            new LevelText { Val = text },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(new Indentation { Left = "720", Hanging = "360" }))
        { LevelIndex = 0 })
        { AbstractNumberId = id };

    private static Styles Styles(string language)
    {
        var styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = "Times New Roman" },
                new FontSize { Val = "24" },
                new Languages { Val = language })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Append(ParagraphStyle("Normal", "Normal", null, null, null, isDefault: true));
        styles.Append(ParagraphStyle(Title, "Title", null, new StyleParagraphProperties(new Justification { Val = JustificationValues.Center }, new SpacingBetweenLines { Before = "2400", After = "480" }),
            new StyleRunProperties(new Bold(), new FontSize { Val = "44" })));
        styles.Append(ParagraphStyle(Subtitle, "Subtitle", null, new StyleParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(new FontSize { Val = "28" })));
        int[] headingSizes = [32, 28, 26, 24];
        for (var level = 1; level <= 4; level++)
        {
            styles.Append(ParagraphStyle(Heading(level), $"heading {level}", null,
                new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = level == 1 ? "480" : "240", After = "120" }, new OutlineLevel { Val = level - 1 }),
                new StyleRunProperties(new Bold(), new FontSize { Val = headingSizes[level - 1].ToString() })));
        }
        styles.Append(ParagraphStyle(TocHeading, "TOC Heading", Heading(1), null, null));
        for (var level = 1; level <= 3; level++)
        {
            styles.Append(ParagraphStyle($"TOC{level}", $"toc {level}", null,
                new StyleParagraphProperties(new Indentation { Left = ((level - 1) * 440).ToString() }, new SpacingBetweenLines { After = "60" }), null));
        }
        styles.Append(ParagraphStyle(Quote, "Quote", null, new StyleParagraphProperties(new Indentation { Left = "720", Right = "720" }),
            new StyleRunProperties(new Italic())));
        styles.Append(ParagraphStyle(Code, "Code", null, new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }),
            new StyleRunProperties(new RunFonts { Ascii = "Courier New", HighAnsi = "Courier New", ComplexScript = "Courier New" }, new FontSize { Val = "20" })));
        styles.Append(ParagraphStyle(ListParagraph, "List Paragraph", null, new StyleParagraphProperties(new Indentation { Left = "720" }), null));
        return styles;
    }

    private static Style ParagraphStyle(string id, string name, string? basedOn, StyleParagraphProperties? paragraph, StyleRunProperties? run, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        style.Append(new StyleName { Val = name });
        if (basedOn is not null || !isDefault)
        {
            style.Append(new BasedOn { Val = basedOn ?? "Normal" });
        }
        style.Append(new NextParagraphStyle { Val = "Normal" });
        style.Append(new PrimaryStyle());
        if (paragraph is not null)
        {
            style.Append(paragraph);
        }
        if (run is not null)
        {
            style.Append(run);
        }
        return style;
    }
}
