using System.Globalization;
using System.Net;
using System.Text;

namespace KnowledgeArchive.Web.Exports;

/// <summary>Who exported an evidence pack, when, and why.</summary>
public sealed record PackExport(string Actor, string? Role, string? Reason, DateTimeOffset ExportedAt);

/// <summary>
/// The evidence pack's readable report (<c>report.html</c>): the decision the pack is about, the chain of decisions in
/// date order, each link with the quoted words it rests on (document, page, SHA-256), the files in the pack, and who
/// exported it, when and why. Self-contained, so it opens from the unzipped folder in any browser and prints as a report.
/// </summary>
public static class PackReport
{
    public static string Html(PackReportModel report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var export = report.Export;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>").Append(E(report.Title)).Append("</title>")
            .Append("<style>body{font-family:Arial,Helvetica,sans-serif;margin:2em;max-width:60em;color:#0b0c0c}h1{font-size:1.6em}")
            .Append("table{border-collapse:collapse;width:100%}th,td{border:1px solid #b1b4b6;padding:.3em;text-align:left;vertical-align:top}")
            .Append("blockquote{margin:.3em 0 .3em 1em;padding-left:.6em;border-left:4px solid #b1b4b6}code{word-break:break-all}")
            .Append(".meta{color:#505a5f}</style></head><body>");
        html.Append("<h1 id=\"title\">").Append(E(report.Title)).Append("</h1>");
        html.Append("<p id=\"exported\">Exported on ").Append(E(report.ExportedOn))
            .Append(" by API key <code>").Append(E(export.Actor)).Append("</code>").Append(export.Role is null ? string.Empty : " (" + E(export.Role) + ")")
            .Append(". Reason given: ").Append(E(report.ReasonGiven)).Append(".</p>");
        html.Append("<p class=\"meta\">Every quotation below is the cited document's own text, on the page given, in the original file whose SHA-256 is listed; the originals are in this pack under <code>originals/</code>.</p>");

        html.Append("<h2>The decisions, in date order</h2><ol id=\"chain\">");
        foreach (var node in report.Chain)
        {
            html.Append("<li><strong>").Append(E(node.Date)).Append(" — ").Append(E(node.Body))
                .Append(", ").Append(E(node.Organisation)).Append("</strong><br>")
                .Append(E(node.Reference)).Append(" · ").Append(E(node.Outcome)).Append(" · ").Append(E(node.Subject))
                .Append(node.Restricted ? " · <strong class=\"restricted\">Restricted</strong>" : string.Empty);
            html.Append("<blockquote>").Append(E(node.Text)).Append("</blockquote>");
            html.Append("<span class=\"meta\">").Append(node.InArchive ? "Recorded in " : "Known only from a citation in ")
                .Append(E(node.FileName)).Append(", page ").Append(node.PageNumber.ToString(CultureInfo.InvariantCulture))
                .Append(node.Sha256 is null ? string.Empty : ", SHA-256 <code>" + E(node.Sha256) + "</code>").Append("</span></li>");
        }

        html.Append("</ol><h2>The links and the words they rest on</h2><table id=\"links\"><thead><tr><th>Link</th><th>How it was found</th><th>Evidence</th></tr></thead><tbody>");
        foreach (var link in report.Links)
        {
            html.Append("<tr><td>").Append(E(link.From)).Append(" <em>").Append(E(link.Type)).Append("</em> ")
                .Append(E(link.To)).Append("</td><td>").Append(E(link.Method))
                .Append("</td><td><blockquote>").Append(E(link.Evidence)).Append("</blockquote>")
                .Append(E(link.FileName)).Append(", page ").Append(link.PageNumber.ToString(CultureInfo.InvariantCulture))
                .Append(", SHA-256 <code>").Append(E(link.Sha256)).Append("</code>")
                .Append(link.Restricted ? " · <strong class=\"restricted\">Restricted</strong>" : string.Empty)
                .Append("</td></tr>");
        }

        html.Append("</tbody></table><h2>Files in this pack</h2><table id=\"files\"><thead><tr><th>File</th><th>In the pack</th><th>SHA-256</th><th>Size</th></tr></thead><tbody>");
        foreach (var file in report.Files)
        {
            html.Append("<tr><td>").Append(E(file.FileName)).Append("</td><td><code>").Append(E(file.Path)).Append("</code></td><td><code>").Append(E(file.Sha256))
                .Append("</code></td><td>").Append(E(PackReportModel.Size(file))).Append("</td></tr>");
        }

        html.Append("</tbody></table></body></html>");
        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
