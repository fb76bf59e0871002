using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Extraction.Docx;

/// <summary>Walks a Word body in order, collecting page texts and headings.</summary>
internal sealed class DocxBodyWalker(CancellationToken cancellationToken)
{
    private readonly List<PageText> pages = [];
    private readonly List<string> headings = [];
    private readonly StringBuilder page = new();
    private readonly StringBuilder line = new();

    // True from a page break until the first text after it, so a lastRenderedPageBreak that Word writes
    // just after an explicit break does not open a second, empty page.
    private bool atPageStart = true;

    /// <summary>Closes the last page and returns all pages; call once, after <see cref="Walk"/>.</summary>
    public IReadOnlyList<PageText> Finish()
    {
        FlushPage(final: true);
        return pages;
    }

    public IReadOnlyList<string> Headings => headings;

    public void Walk(Body body)
    {
        foreach (var element in body.ChildElements)
        {
            cancellationToken.ThrowIfCancellationRequested();
            WalkBlock(element);
        }
    }

    public static string PlainText(OpenXmlElement element)
    {
        var builder = new StringBuilder();
        foreach (var paragraph in element.Descendants<Paragraph>())
        {
            foreach (var node in paragraph.Descendants())
            {
                switch (node)
                {
                    case Text t:
                        builder.Append(t.Text);
                        break;
                    case TabChar:
                        builder.Append('\t');
                        break;
                    case Break or CarriageReturn:
                        builder.Append('\n');
                        break;
                }
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
            case SdtBlock or CustomXmlBlock:
                foreach (var child in element.ChildElements)
                {
                    WalkBlock(child is SdtContentBlock content ? content : child);
                }

                break;
            case SdtContentBlock content:
                foreach (var child in content.ChildElements)
                {
                    WalkBlock(child);
                }

                break;
        }
    }

    private void WalkParagraph(Paragraph paragraph)
    {
        if (paragraph.ParagraphProperties?.PageBreakBefore is { } pageBreakBefore && (pageBreakBefore.Val is null || pageBreakBefore.Val.Value))
        {
            BreakPage();
        }

        foreach (var node in paragraph.Descendants())
        {
            switch (node)
            {
                case Text text:
                    AppendText(text.Text);
                    break;
                case TabChar:
                    line.Append('\t');
                    break;
                case LastRenderedPageBreak:
                    if (!atPageStart)
                    {
                        BreakPage();
                    }

                    break;
                case Break br when br.Type?.Value == BreakValues.Page:
                    BreakPage();
                    break;
                case Break or CarriageReturn:
                    EndLine();
                    break;
                case DeletedText:
                    break;
            }
        }

        var lineText = line.ToString().Trim();
        if (lineText.Length > 0 && IsHeading(paragraph))
        {
            headings.Add(lineText);
        }

        EndLine();
    }

    private void WalkTable(Table table)
    {
        foreach (var row in table.Elements<TableRow>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cells = row.Elements<TableCell>()
                .Select(cell => string.Join(' ', PlainText(cell).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
                .ToList();
            if (cells.Any(c => c.Length > 0))
            {
                AppendText(string.Join(" | ", cells));
                EndLine();
            }
        }
    }

    private void AppendText(string text)
    {
        if (text.Length > 0)
        {
            line.Append(text);
            atPageStart = false;
        }
    }

    private void EndLine()
    {
        page.Append(line).Append('\n');
        line.Clear();
    }

    private void BreakPage()
    {
        EndLine();
        FlushPage(final: false);
        atPageStart = true;
    }

    private void FlushPage(bool final)
    {
        if (line.Length > 0)
        {
            EndLine();
        }

        var text = TextCleaner.Clean(page.ToString());
        page.Clear();
        if (final && text.Length == 0 && pages.Count > 0)
        {
            return;
        }

        pages.Add(new PageText(pages.Count + 1, text));
    }

    private static bool IsHeading(Paragraph paragraph)
    {
        var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        if (style is null)
        {
            return paragraph.ParagraphProperties?.OutlineLevel?.Val is not null;
        }

        return style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase)
            || style.Equals("Title", StringComparison.OrdinalIgnoreCase);
    }
}
