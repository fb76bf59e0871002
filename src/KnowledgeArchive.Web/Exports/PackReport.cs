using System.Globalization;
using System.Net;
using System.Text;
using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Documents;

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
    private static readonly CultureInfo Gb = CultureInfo.GetCultureInfo("en-GB");

    public static string Html(LineageDto lineage, IReadOnlyDictionary<string, DocumentRecord> documents, IReadOnlyList<PackFile> files, PackExport export)
    {
        ArgumentNullException.ThrowIfNull(lineage);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(export);
        var nodes = lineage.Nodes.ToDictionary(n => n.DecisionId, StringComparer.Ordinal);
        var root = nodes.GetValueOrDefault(lineage.Root);
        var title = $"Evidence pack: {Name(root) ?? lineage.Root}";
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>").Append(E(title)).Append("</title>")
            .Append("<style>body{font-family:Arial,Helvetica,sans-serif;margin:2em;max-width:60em;color:#0b0c0c}h1{font-size:1.6em}")
            .Append("table{border-collapse:collapse;width:100%}th,td{border:1px solid #b1b4b6;padding:.3em;text-align:left;vertical-align:top}")
            .Append("blockquote{margin:.3em 0 .3em 1em;padding-left:.6em;border-left:4px solid #b1b4b6}code{word-break:break-all}")
            .Append(".meta{color:#505a5f}</style></head><body>");
        html.Append("<h1 id=\"title\">").Append(E(title)).Append("</h1>");
        html.Append("<p id=\"exported\">Exported on ").Append(E(export.ExportedAt.UtcDateTime.ToString("d MMMM yyyy 'at' HH:mm 'UTC'", Gb)))
            .Append(" by API key <code>").Append(E(export.Actor)).Append("</code>").Append(export.Role is null ? string.Empty : " (" + E(export.Role) + ")")
            .Append(". Reason given: ").Append(E(string.IsNullOrWhiteSpace(export.Reason) ? "none" : export.Reason)).Append(".</p>");
        html.Append("<p class=\"meta\">Every quotation below is the cited document's own text, on the page given, in the original file whose SHA-256 is listed; the originals are in this pack under <code>originals/</code>.</p>");

        html.Append("<h2>The decisions, in date order</h2><ol id=\"chain\">");
        foreach (var node in lineage.Nodes.OrderBy(n => n.Date).ThenBy(n => n.DecisionId, StringComparer.Ordinal))
        {
            var document = documents.GetValueOrDefault(node.DocumentId);
            html.Append("<li><strong>").Append(E(node.Date?.ToString("d MMMM yyyy", Gb) ?? "undated")).Append(" — ").Append(E(node.Body ?? "body not known"))
                .Append(", ").Append(E(node.Ccg ?? node.Icb ?? string.Empty)).Append("</strong><br>")
                .Append(E(node.Reference ?? "no reference")).Append(" · ").Append(E(node.Outcome)).Append(" · ").Append(E(node.Subject ?? string.Empty))
                .Append(node.Sensitivity == Sensitivities.Restricted ? " · <strong class=\"restricted\">Restricted</strong>" : string.Empty);
            html.Append("<blockquote>").Append(E(node.Text)).Append("</blockquote>");
            html.Append("<span class=\"meta\">").Append(node.InArchive ? "Recorded in " : "Known only from a citation in ")
                .Append(E(document?.FileName ?? node.DocumentId)).Append(", page ").Append(node.PageNumber.ToString(CultureInfo.InvariantCulture))
                .Append(document is null ? string.Empty : ", SHA-256 <code>" + E(document.Sha256) + "</code>").Append("</span></li>");
        }

        html.Append("</ol><h2>The links and the words they rest on</h2><table id=\"links\"><thead><tr><th>Link</th><th>How it was found</th><th>Evidence</th></tr></thead><tbody>");
        foreach (var edge in lineage.Edges)
        {
            var document = documents.GetValueOrDefault(edge.Evidence.DocumentId);
            html.Append("<tr><td>").Append(E(End(edge.From, nodes, documents))).Append(" <em>").Append(E(edge.Type.Replace('_', ' '))).Append("</em> ")
                .Append(E(End(edge.To, nodes, documents))).Append("</td><td>").Append(E(edge.Method))
                .Append(edge.Confidence < 1 ? E(string.Create(CultureInfo.InvariantCulture, $", confidence {edge.Confidence:0.0}")) : string.Empty)
                .Append("</td><td><blockquote>").Append(E(edge.Evidence.Text)).Append("</blockquote>")
                .Append(E(document?.FileName ?? edge.Evidence.DocumentId)).Append(", page ").Append(edge.Evidence.PageNumber.ToString(CultureInfo.InvariantCulture))
                .Append(", SHA-256 <code>").Append(E(edge.Evidence.Sha256)).Append("</code>")
                .Append(document?.Metadata.Sensitivity == Sensitivities.Restricted ? " · <strong class=\"restricted\">Restricted</strong>" : string.Empty)
                .Append("</td></tr>");
        }

        html.Append("</tbody></table><h2>Files in this pack</h2><table id=\"files\"><thead><tr><th>File</th><th>In the pack</th><th>SHA-256</th><th>Size</th></tr></thead><tbody>");
        foreach (var file in files)
        {
            html.Append("<tr><td>").Append(E(file.FileName)).Append("</td><td><code>").Append(E(file.Path)).Append("</code></td><td><code>").Append(E(file.Sha256))
                .Append("</code></td><td>").Append(file.SizeBytes.ToString("N0", Gb)).Append(" bytes</td></tr>");
        }

        html.Append("</tbody></table></body></html>");
        return html.ToString();
    }

    private static string? Name(DecisionDto? node) =>
        node is null ? null : string.Join(" — ", new[] { node.Reference, node.Subject, node.Date?.ToString("d MMMM yyyy", Gb) }.Where(p => !string.IsNullOrWhiteSpace(p)));

    private static string End(string id, Dictionary<string, DecisionDto> nodes, IReadOnlyDictionary<string, DocumentRecord> documents) =>
        LineageNodes.OrganisationName(id)
        ?? (LineageNodes.DocumentId(id) is { } documentId ? "the document " + (documents.GetValueOrDefault(documentId)?.FileName ?? documentId)
        : Name(nodes.GetValueOrDefault(id)) ?? id);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
