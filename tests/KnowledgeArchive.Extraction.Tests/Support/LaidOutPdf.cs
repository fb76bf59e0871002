using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace KnowledgeArchive.Extraction.Tests.Support;

/// <summary>
/// Writes PDFs with text placed where a test says (columns, margins, ruled tables, repeated headers), as producers of
/// real minutes lay them out. Positions are from the page's top-left, in points.
/// </summary>
public sealed class LaidOutPdf : IDisposable
{
    private const double LineHeight = 14;
    private readonly PdfDocumentBuilder builder = new();
    private readonly PdfDocumentBuilder.AddedFont regular;
    private readonly PdfDocumentBuilder.AddedFont bold;
    private PdfPageBuilder? page;

    public LaidOutPdf()
    {
        regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
    }

    private double Height => page!.PageSize.Height;

    public LaidOutPdf NewPage()
    {
        page = builder.AddPage(PageSize.A4);
        return this;
    }

    /// <summary>One line of text at (<paramref name="x"/>, <paramref name="top"/>).</summary>
    public LaidOutPdf Text(double x, double top, string text, double size = 10.5, bool isBold = false)
    {
        page!.AddText(text, size, new PdfPoint(x, Height - top), isBold ? bold : regular);
        return this;
    }

    /// <summary>Lines one under another from <paramref name="top"/>; returns where the next line would go.</summary>
    public double Lines(double x, double top, IEnumerable<string> lines, double size = 10.5, bool isBold = false)
    {
        foreach (var line in lines)
        {
            Text(x, top, line, size, isBold);
            top += LineHeight;
        }

        return top;
    }

    /// <summary>A ruled table: its grid drawn with lines, each cell's text inside it.</summary>
    public LaidOutPdf Table(double x, double top, double[] widths, double rowHeight, IReadOnlyList<string[]> rows)
    {
        var right = x + widths.Sum();
        for (var r = 0; r <= rows.Count; r++)
        {
            var y = Height - top - (r * rowHeight);
            page!.DrawLine(new PdfPoint(x, y), new PdfPoint(right, y));
        }

        var left = x;
        for (var c = 0; c <= widths.Length; c++)
        {
            page!.DrawLine(new PdfPoint(left, Height - top), new PdfPoint(left, Height - top - (rows.Count * rowHeight)));
            left += c < widths.Length ? widths[c] : 0;
        }

        for (var r = 0; r < rows.Count; r++)
        {
            var cellLeft = x;
            for (var c = 0; c < widths.Length; c++)
            {
                Text(cellLeft + 4, top + (r * rowHeight) + 13, rows[r][c]);
                cellLeft += widths[c];
            }
        }

        return this;
    }

    public byte[] Build() => builder.Build();

    public void Dispose() => builder.Dispose();
}
