using System.Globalization;
using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Web.Exports;

/// <summary>
/// What the evidence pack's report says, once, for every form it is written in (<see cref="PackReport"/> as HTML,
/// <see cref="PackReportPdf"/> as PDF): the title, who exported it and why, the chain in date order, the links with
/// their quoted evidence, and the files.
/// </summary>
public sealed record PackReportModel(
    string Title,
    PackExport Export,
    IReadOnlyList<PackReportDecision> Chain,
    IReadOnlyList<PackReportLink> Links,
    IReadOnlyList<PackFile> Files)
{
    private static readonly CultureInfo Gb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>When it was exported, in words.</summary>
    public string ExportedOn => Export.ExportedAt.UtcDateTime.ToString("d MMMM yyyy 'at' HH:mm 'UTC'", Gb);

    /// <summary>The reason given, or "none".</summary>
    public string ReasonGiven => string.IsNullOrWhiteSpace(Export.Reason) ? "none" : Export.Reason;

    public static PackReportModel Of(LineageDto lineage, IReadOnlyDictionary<string, DocumentRecord> documents, IReadOnlyList<PackFile> files, PackExport export)
    {
        ArgumentNullException.ThrowIfNull(lineage);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(export);
        var nodes = lineage.Nodes.ToDictionary(n => n.DecisionId, StringComparer.Ordinal);
        var chain = lineage.Nodes.OrderBy(n => n.Date).ThenBy(n => n.DecisionId, StringComparer.Ordinal).Select(node =>
        {
            var document = documents.GetValueOrDefault(node.DocumentId);
            return new PackReportDecision(
                DecisionDates.Show(node) ?? "undated", node.Ccg ?? node.Icb ?? string.Empty, node.Body ?? "body not known",
                node.Reference ?? "no reference", node.Outcome, node.Subject ?? string.Empty, node.Text, node.Sensitivity == Sensitivities.Restricted,
                node.InArchive, document?.FileName ?? node.DocumentId, node.PageNumber, document?.Sha256);
        }).ToList();
        var links = lineage.Edges.Select(edge =>
        {
            var document = documents.GetValueOrDefault(edge.Evidence.DocumentId);
            return new PackReportLink(
                End(edge.From, nodes, documents), edge.Type.Replace('_', ' '), End(edge.To, nodes, documents),
                (edge.Explanation ?? edge.Method) + (edge.Confidence < 1 ? string.Create(CultureInfo.InvariantCulture, $", confidence {edge.Confidence:0.0}") : string.Empty),
                edge.Evidence.Text, document?.FileName ?? edge.Evidence.DocumentId, edge.Evidence.PageNumber, edge.Evidence.Sha256,
                document?.Metadata.Sensitivity == Sensitivities.Restricted);
        }).ToList();
        return new PackReportModel($"Evidence pack: {Name(nodes.GetValueOrDefault(lineage.Root)) ?? lineage.Root}", export, chain, links, files);
    }

    /// <summary>A file's size in words.</summary>
    public static string Size(PackFile file) => (file?.SizeBytes ?? 0).ToString("N0", Gb) + " bytes";

    private static string? Name(DecisionDto? node) =>
        node is null ? null : string.Join(" — ", new[] { node.Reference, node.Subject, DecisionDates.Show(node) }.Where(p => !string.IsNullOrWhiteSpace(p)));

    private static string End(string id, Dictionary<string, DecisionDto> nodes, IReadOnlyDictionary<string, DocumentRecord> documents) =>
        LineageNodes.OrganisationName(id)
        ?? (LineageNodes.DocumentId(id) is { } documentId ? "the document " + (documents.GetValueOrDefault(documentId)?.FileName ?? documentId)
        : Name(nodes.GetValueOrDefault(id)) ?? id);
}
