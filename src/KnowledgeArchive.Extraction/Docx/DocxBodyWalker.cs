using KnowledgeArchive.Language.Text;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Blocks;

namespace KnowledgeArchive.Extraction.Docx;

/// <summary>
/// Walks a Word body in order and writes its blocks: paragraphs as headings (by style, or bold and heading-shaped),
/// list items (with the numbers Word prints), paragraphs, and tables of rows and cells; pages break where Word
/// recorded them (<c>w:lastRenderedPageBreak</c>, explicit page breaks, page-break-before).
/// </summary>
internal sealed class DocxBodyWalker(DocumentAssembler output, DocxStyles styles, DocxNumbering numbering, CancellationToken cancellationToken)
{
    private readonly PagedWriter pages = new(output);

    public void Walk(Body body)
    {
        foreach (var element in body.ChildElements)
        {
            cancellationToken.ThrowIfCancellationRequested();
            WalkBlock(element);
        }
    }

    /// <summary>The plain text of an element (a header or footer), its paragraphs on lines of their own.</summary>
    public static string PlainText(OpenXmlElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        var builder = new StringBuilder();
        foreach (var paragraph in element.Descendants<Paragraph>())
        {
            foreach (var node in paragraph.Descendants())
            {
                builder.Append(node switch
                {
                    Text t => t.Text,
                    TabChar => "\t",
                    Break or CarriageReturn => "\n",
                    _ => string.Empty,
                });
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }

    private void WalkBlock(OpenXmlElement element)
    {
        switch (element)
        {
            case Paragraph paragraph:
                WalkParagraph(paragraph);
                break;
            case Table table:
                WalkTable(table);
                break;
            case SdtBlock or CustomXmlBlock or SdtContentBlock:
                foreach (var child in element.ChildElements)
                {
                    WalkBlock(child);
                }

                break;
        }
    }

    private void WalkParagraph(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        if (properties?.PageBreakBefore is { } pageBreakBefore && (pageBreakBefore.Val is null || pageBreakBefore.Val.Value) && !pages.AtPageStart)
        {
            pages.BreakPage();
        }

        var style = properties?.ParagraphStyleId?.Val?.Value;
        var text = ParagraphText(paragraph, style, out var bold);
        var headingLevel = properties?.OutlineLevel?.Val?.Value is { } outline && outline < 9 ? outline + 1 : styles.HeadingLevel(style);
        var numbered = properties?.NumberingProperties ?? styles.Numbering(style);
        var label = numbered?.NumberingId?.Val?.Value is { } numberId
            ? numbering.Next(numberId, numbered.NumberingLevelReference?.Val?.Value ?? 0)
            : null;

        var kind = headingLevel is not null ? BlockKind.Heading
            : label is not null || styles.IsList(style) ? BlockKind.ListItem
            : bold && HeadingShape.Fits(text.ToString()) ? BlockKind.Heading
            : BlockKind.Paragraph;
        var level = kind switch
        {
            BlockKind.Heading => headingLevel ?? 3,
            BlockKind.ListItem => (numbered?.NumberingLevelReference?.Val?.Value ?? 0) + 1,
            _ => 1,
        };

        pages.Block(kind, level, label, bold, text.Pieces);
    }

    private ParagraphPieces ParagraphText(Paragraph paragraph, string? paragraphStyle, out bool bold)
    {
        var pieces = new ParagraphPieces();
        var boldRuns = 0;
        var plainRuns = 0;
        foreach (var node in paragraph.Descendants())
        {
            switch (node)
            {
                case Text text:
                    pieces.Add(text.Text);
                    if (text.Text.Trim().Length > 0)
                    {
                        if (IsBold(text.Parent as Run, paragraphStyle))
                        {
                            boldRuns++;
                        }
                        else
                        {
                            plainRuns++;
                        }
                    }

                    break;
                case TabChar or CarriageReturn:
                    pieces.Add(" ");
                    break;
                case Break br when br.Type?.Value == BreakValues.Page:
                    pieces.PageBreak();
                    break;
                case Break:
                    pieces.Add(" ");
                    break;
                case LastRenderedPageBreak:
                    pieces.PageBreak();
                    break;
            }
        }

        bold = boldRuns > 0 && plainRuns == 0;
        return pieces;
    }

    private bool IsBold(Run? run, string? paragraphStyle)
    {
        var properties = run?.RunProperties;
        if (properties?.Bold is { } b)
        {
            return b.Val is null || b.Val.Value;
        }

        return styles.IsBold(properties?.RunStyle?.Val?.Value) || styles.IsBold(paragraphStyle);
    }

    private void WalkTable(Table table)
    {
        var rows = table.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().ToList();
        if (MarginHeading(rows) is { } heading)
        {
            // An item heading set as a one-row table: the reference in a narrow first cell, the title beside it.
            pages.Block(BlockKind.Heading, heading.Title, 2, heading.Label, heading.Bold);
            return;
        }

        output.BeginTable();
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            output.BeginRow();
            foreach (var cell in row.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>())
            {
                output.BeginCell();
                if (cell.TableCellProperties?.VerticalMerge is not { } merge || merge.Val?.Value == MergedCellValues.Restart)
                {
                    foreach (var child in cell.ChildElements)
                    {
                        WalkBlock(child);
                    }
                }

                output.EndCell();
            }
        }

        output.EndTable();
    }

    private (string Label, string Title, bool Bold)? MarginHeading(List<DocumentFormat.OpenXml.Wordprocessing.TableRow> rows)
    {
        if (rows.Count != 1)
        {
            return null;
        }

        var cells = rows[0].Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().ToList();
        if (cells.Count != 2 || cells.Any(c => c.Descendants<Table>().Any() || c.Elements<Paragraph>().Count(p => p.InnerText.Trim().Length > 0) != 1))
        {
            return null;
        }

        var label = TextNormaliser.Inline(cells[0].InnerText);
        var title = TextNormaliser.Inline(cells[1].InnerText);
        var paragraph = cells[1].Elements<Paragraph>().First(p => p.InnerText.Trim().Length > 0);
        ParagraphText(paragraph, paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value, out var bold);
        return HeadingShape.IsMarginLabel(label) && HeadingShape.Fits(title) ? (label, title, bold) : null;
    }


    /// <summary>A paragraph's text in order, with the page breaks that fall inside it (null entries).</summary>
    private sealed class ParagraphPieces
    {
        private readonly List<string?> pieces = [];
        private readonly StringBuilder all = new();

        public IReadOnlyList<string?> Pieces => pieces;

        public void Add(string text)
        {
            pieces.Add(text);
            all.Append(text);
        }

        public void PageBreak() => pieces.Add(null);

        public override string ToString() => all.ToString();
    }
}
