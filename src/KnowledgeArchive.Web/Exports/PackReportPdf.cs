using System.Globalization;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace KnowledgeArchive.Web.Exports;

/// <summary>
/// The evidence pack's report as a PDF (<c>report.pdf</c>), the same content as <see cref="PackReport"/>: who exported
/// it, when and why, the chain as a timeline, each link's quoted evidence with file, page and SHA-256, and the files.
/// Written with PdfPig's builder in a standard font, wrapped by hand and broken onto as many A4 pages as it needs.
/// </summary>
public static class PackReportPdf
{
    private const double Margin = 56;
    private const double A4Height = 842;
    private const double BodySize = 10;
    private const double LineHeight = 13.5;
    private const double TextWidth = 595 - (2 * Margin);
    private static readonly FontWidths Regular = new(Standard14Font.Helvetica);
    private static readonly FontWidths Bold = new(Standard14Font.HelveticaBold);
    private static readonly FontWidths Code = new(Standard14Font.Courier);

    public static byte[] Build(PackReportModel report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var lines = Layout(report);
        var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var mono = builder.AddStandard14Font(Standard14Font.Courier);
        builder.DocumentInformation.Title = PdfText.Sanitise(report.Title);
        builder.DocumentInformation.Producer = "KnowledgeArchive";

        var pages = Paginate(lines);
        for (var i = 0; i < pages.Count; i++)
        {
            var page = builder.AddPage(PageSize.A4);
            var y = page.PageSize.Height - Margin;
            foreach (var line in pages[i])
            {
                y -= line.Before;
                var font = line.Style switch { Style.Bold => bold, Style.Code => mono, _ => regular };
                page.AddText(line.Text, line.Size, new PdfPoint(Margin + line.Indent, y), font);
                y -= LineHeight;
            }

            var footer = string.Create(CultureInfo.InvariantCulture,
                $"Evidence pack exported on {report.ExportedOn}    Page {i + 1} of {pages.Count}");
            page.AddText(PdfText.Sanitise(footer), 7.5, new PdfPoint(Margin, 28), regular);
        }

        return builder.Build();
    }

    private static List<Line> Layout(PackReportModel report)
    {
        var lines = new List<Line>();
        var export = report.Export;
        Add(lines, report.Title, 15, Style.Bold);
        var role = export.Role is null ? string.Empty : $" ({export.Role})";
        Add(lines, $"Exported on {report.ExportedOn} by API key {export.Actor}{role}.", before: 8);
        Add(lines, $"Reason given: {report.ReasonGiven}.");
        Add(lines, "Every quotation below is the cited document's own text, on the page given, in the original file whose SHA-256 "
            + "is listed; the originals are in this pack under originals/.", before: 6);

        Heading(lines, "The decisions, in date order");
        foreach (var node in report.Chain)
        {
            Add(lines, $"{node.Date} - {node.Body}, {node.Organisation}", style: Style.Bold, before: 8);
            Add(lines, $"{node.Reference} | {node.Outcome} | {node.Subject}{(node.Restricted ? " | Restricted" : string.Empty)}");
            Quote(lines, node.Text);
            var where = node.InArchive ? "Recorded in " : "Known only from a citation in ";
            Add(lines, string.Create(CultureInfo.InvariantCulture, $"{where}{node.FileName}, page {node.PageNumber}"));
            if (node.Sha256 is not null)
            {
                Add(lines, "SHA-256 " + node.Sha256, style: Style.Code, size: 8.5);
            }
        }

        Heading(lines, "The links and the words they rest on");
        foreach (var link in report.Links)
        {
            Add(lines, $"{link.From} {link.Type} {link.To}", style: Style.Bold, before: 8);
            Add(lines, $"Found by {link.Method}{(link.Restricted ? " | Restricted" : string.Empty)}");
            Quote(lines, link.Evidence);
            Add(lines, $"{link.FileName}, page {link.PageNumber.ToString(CultureInfo.InvariantCulture)}");
            Add(lines, "SHA-256 " + link.Sha256, style: Style.Code, size: 8.5);
        }

        Heading(lines, "Files in this pack");
        foreach (var file in report.Files)
        {
            Add(lines, $"{file.FileName} ({PackReportModel.Size(file)})", style: Style.Bold, before: 6);
            Add(lines, file.Path, style: Style.Code, size: 8.5);
            Add(lines, "SHA-256 " + file.Sha256, style: Style.Code, size: 8.5);
        }

        return lines;
    }

    private static void Heading(List<Line> lines, string text) => Add(lines, text, 12.5, Style.Bold, before: 14);

    private static void Quote(List<Line> lines, string text) => Add(lines, "\u201C" + text + "\u201D", indent: 14);

    private static void Add(
        List<Line> lines, string text, double size = BodySize, Style style = Style.Regular, double indent = 0, double before = 0)
    {
        var widths = style switch { Style.Bold => Bold, Style.Code => Code, _ => Regular };
        var first = true;
        foreach (var part in PdfText.Wrap(PdfText.Sanitise(text), c => widths.Of(c) * size, TextWidth - indent))
        {
            lines.Add(new Line(part, size, style, indent, first ? before : 0));
            first = false;
        }
    }

    private static List<List<Line>> Paginate(List<Line> lines)
    {
        var room = A4Height - (2 * Margin) - 10;
        var pages = new List<List<Line>> { new() };
        var used = 0.0;
        foreach (var line in lines)
        {
            var placed = line;
            var needs = line.Before + LineHeight;
            if (used + needs > room && pages[^1].Count > 0)
            {
                pages.Add([]);
                used = 0;
                placed = line with { Before = 0 };
                needs = LineHeight;
            }

            pages[^1].Add(placed);
            used += needs;
        }

        return pages;
    }

    private enum Style
    {
        Regular,
        Bold,
        Code,
    }

    private sealed record Line(string Text, double Size, Style Style, double Indent, double Before);
}
