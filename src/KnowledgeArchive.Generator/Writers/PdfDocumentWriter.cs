using KnowledgeArchive.Generator.Model;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace KnowledgeArchive.Generator.Writers;

/// <summary>Writes a document as a text PDF with PdfPig's builder: one PDF page per <see cref="PageSpec"/>, overflowing onto extra pages when long.</summary>
public sealed class PdfDocumentWriter : IDocumentWriter
{
    private const double Margin = 56;
    private const double BodySize = 10.5;
    private const double LineHeight = 14;
    private const int CharsPerLine = 92;

    public string Extension => ".pdf";

    public void Write(DocumentSpec spec, Stream output)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(output);
        var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        builder.DocumentInformation.Title = spec.PropertiesTitle;
        builder.DocumentInformation.Author = spec.Author;
        builder.DocumentInformation.Producer = "KnowledgeArchive generator";

        var pageLines = spec.Pages.Select(Layout).ToList();
        var total = pageLines.Count;
        for (var i = 0; i < pageLines.Count; i++)
        {
            var page = builder.AddPage(PageSize.A4);
            var height = page.PageSize.Height;
            if (spec.Header is { } header)
            {
                page.AddText(WinAnsi.Sanitise(header), 8, new PdfPoint(Margin, height - 30), regular);
            }

            var y = height - Margin - 10;
            foreach (var line in pageLines[i])
            {
                y -= line.Size > BodySize ? line.Size * 0.6 : 0;
                page.AddText(line.Text, line.Size, new PdfPoint(Margin + line.Indent, y), line.Bold ? bold : regular);
                y -= LineHeight + (line.Size > BodySize ? line.Size * 0.4 : 0);
            }

            var footer = (spec.Footer is null ? string.Empty : WinAnsi.Sanitise(spec.Footer) + "    ") + $"Page {i + 1} of {total}";
            page.AddText(footer, 8, new PdfPoint(Margin, 28), regular);
        }

        var bytes = builder.Build();
        output.Write(bytes);
    }

    private static List<PdfLine> Layout(PageSpec page)
    {
        var lines = new List<PdfLine>();
        foreach (var block in page.Blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    var size = heading.Level == 0 ? 16 : heading.Level == 1 ? 13 : 11.5;
                    lines.AddRange(TextWrap.Wrap(WinAnsi.Sanitise(heading.Text), (int)(CharsPerLine * BodySize / size)).Select(l => new PdfLine(l, size, true, 0)));
                    break;
                case ParagraphBlock paragraph:
                    lines.AddRange(TextWrap.Wrap(WinAnsi.Sanitise(paragraph.Text), CharsPerLine).Select(l => new PdfLine(l, BodySize, false, 0)));
                    lines.Add(new PdfLine(string.Empty, BodySize, false, 0));
                    break;
                case TableBlock table:
                    lines.AddRange(TableLines(table));
                    lines.Add(new PdfLine(string.Empty, BodySize, false, 0));
                    break;
            }
        }

        return lines.Where((l, i) => l.Text.Length > 0 || i < lines.Count - 1).ToList();
    }

    private static IEnumerable<PdfLine> TableLines(TableBlock table)
    {
        // Cells are written one after another on a line, separated by two spaces, so text order is row order.
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var text = string.Join("  ", table.Rows[r].Select(WinAnsi.Sanitise));
            foreach (var line in TextWrap.Wrap(text, CharsPerLine))
            {
                yield return new PdfLine(line, BodySize, r == 0, 0);
            }
        }
    }

    private sealed record PdfLine(string Text, double Size, bool Bold, double Indent);
}
