using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using KnowledgeArchive.Generator.Model;

namespace KnowledgeArchive.Generator.Writers;

/// <summary>Writes a document as .docx with the Open XML SDK: Title and Heading styles, tables, header and footer parts, page breaks.</summary>
public sealed class DocxDocumentWriter(DocxPageBreaks pageBreaks = DocxPageBreaks.Explicit) : IDocumentWriter
{
    public string Extension => ".docx";

    public void Write(DocumentSpec spec, Stream output)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            AddStyles(main);
            var body = new Body();
            for (var i = 0; i < spec.Pages.Count; i++)
            {
                var first = true;
                foreach (var block in spec.Pages[i].Blocks)
                {
                    var element = ToElement(block);
                    if (first && i > 0)
                    {
                        MarkPageStart(element);
                    }

                    first = false;
                    body.Append(element);
                }
            }

            body.Append(SectionProperties(main, spec));
            main.Document = new Document(body);
            document.PackageProperties.Title = spec.PropertiesTitle;
            document.PackageProperties.Creator = spec.Author;
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private void MarkPageStart(OpenXmlElement element)
    {
        var paragraph = element as Paragraph ?? element.Descendants<Paragraph>().First();
        var run = paragraph.GetFirstChild<Run>();
        if (run is null)
        {
            run = new Run();
            paragraph.Append(run);
        }

        switch (pageBreaks)
        {
            case DocxPageBreaks.Explicit:
                paragraph.InsertBefore(new Run(new Break { Type = BreakValues.Page }), run);
                run.PrependChild(new LastRenderedPageBreak());
                break;
            case DocxPageBreaks.RenderedOnly:
                run.PrependChild(new LastRenderedPageBreak());
                break;
        }
    }

    private static OpenXmlElement ToElement(Block block) => block switch
    {
        HeadingBlock h => StyledParagraph(h.Text, h.Level == 0 ? "Title" : $"Heading{Math.Clamp(h.Level, 1, 3)}"),
        ParagraphBlock p => StyledParagraph(p.Text, null),
        TableBlock t => ToTable(t),
        _ => throw new ArgumentOutOfRangeException(nameof(block), block, "unknown block"),
    };

    private static Paragraph StyledParagraph(string text, string? style)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    private static Table ToTable(TableBlock table)
    {
        var result = new Table(new TableProperties(
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        foreach (var row in table.Rows)
        {
            result.Append(new TableRow(row.Select(cell => new TableCell(StyledParagraph(cell, null)))));
        }

        return result;
    }

    private static SectionProperties SectionProperties(MainDocumentPart main, DocumentSpec spec)
    {
        var section = new SectionProperties();
        if (spec.Header is { } headerText)
        {
            var part = main.AddNewPart<HeaderPart>();
            part.Header = new Header(StyledParagraph(headerText, null));
            section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
        }

        if (spec.Footer is { } footerText)
        {
            var part = main.AddNewPart<FooterPart>();
            part.Footer = new Footer(StyledParagraph(footerText, null));
            section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
        }

        section.Append(new PageSize { Width = 11906, Height = 16838 });
        return section;
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            ParagraphStyle("Normal", "Normal", 22, bold: false),
            ParagraphStyle("Title", "Title", 36, bold: true),
            ParagraphStyle("Heading1", "heading 1", 28, bold: true),
            ParagraphStyle("Heading2", "heading 2", 24, bold: true),
            ParagraphStyle("Heading3", "heading 3", 22, bold: true));
    }

    private static Style ParagraphStyle(string id, string name, int halfPoints, bool bold)
    {
        var runProperties = new StyleRunProperties(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (bold)
        {
            runProperties.Append(new Bold());
        }

        return new Style(new StyleName { Val = name }, runProperties) { Type = StyleValues.Paragraph, StyleId = id };
    }
}
