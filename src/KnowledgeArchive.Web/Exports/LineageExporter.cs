using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Core.Storage;

namespace KnowledgeArchive.Web.Exports;

/// <summary>
/// A lineage for an audit: as JSON, as CSV (one row per decision and per link, with evidence and hashes), and as an
/// evidence pack: a zip of the cited original files, a manifest with each file's SHA-256 and who exported it and why,
/// the lineage JSON and CSV, and a readable report as HTML (<see cref="PackReport"/>) and PDF (<see cref="PackReportPdf"/>).
/// </summary>
public sealed class LineageExporter(IDocumentCatalog catalog, IOriginalStore originals, TimeProvider clock)
{
    public static string Csv(LineageDto lineage, IReadOnlyDictionary<string, DocumentRecord> documents)
    {
        ArgumentNullException.ThrowIfNull(lineage);
        ArgumentNullException.ThrowIfNull(documents);
        var csv = new StringBuilder();
        csv.AppendLine("kind,decision_id,reference,date,body,ccg,outcome,subject,link_type,linked_decision_id,method,confidence,document_id,file_name,page,sha256,text,sensitivity");
        foreach (var n in lineage.Nodes)
        {
            var document = documents.GetValueOrDefault(n.DocumentId);
            CsvRows.Row(csv, "decision", n.DecisionId, n.Reference, n.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), n.Body, n.Ccg, n.Outcome, n.Subject, null, null, null, null, n.DocumentId, document?.FileName, n.PageNumber.ToString(CultureInfo.InvariantCulture), document?.Sha256, n.Text, n.Sensitivity);
        }

        foreach (var e in lineage.Edges)
        {
            var document = documents.GetValueOrDefault(e.Evidence.DocumentId);
            CsvRows.Row(csv, "link", e.From, null, null, null, null, null, null, e.Type, e.To, e.Method, e.Confidence.ToString("0.##", CultureInfo.InvariantCulture), e.Evidence.DocumentId, document?.FileName, e.Evidence.PageNumber.ToString(CultureInfo.InvariantCulture), e.Evidence.Sha256, e.Evidence.Text, document?.Metadata.Sensitivity);
        }

        return csv.ToString();
    }

    public async Task<IReadOnlyDictionary<string, DocumentRecord>> DocumentsOfAsync(LineageDto lineage, RecordScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lineage);
        var ids = lineage.Nodes.Select(n => n.DocumentId).Concat(lineage.Edges.Select(e => e.Evidence.DocumentId)).Distinct(StringComparer.Ordinal);
        var documents = new Dictionary<string, DocumentRecord>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (await catalog.FindAsync(id, scope, cancellationToken) is { } record)
            {
                documents[id] = record;
            }
        }

        return documents;
    }

    /// <summary>Writes the evidence pack; every original is re-hashed as it is copied, and a file that no longer matches its hash stops the export.</summary>
    public async Task WritePackAsync(LineageDto lineage, RecordScope scope, string actor, string? role, string? reason, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lineage);
        var export = new PackExport(actor, role, reason, clock.GetUtcNow());
        var documents = await DocumentsOfAsync(lineage, scope, cancellationToken);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var files = new List<PackFile>();
        foreach (var document in documents.Values.OrderBy(d => d.DocumentId, StringComparer.Ordinal))
        {
            var path = $"originals/{document.Sha256[..12]}-{SafeName(document.FileName)}";
            var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
            await using (var target = await entry.OpenAsync(cancellationToken))
            await using (var source = originals.OpenRead(document.Sha256))
            using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }

                var actual = Convert.ToHexStringLower(hash.GetHashAndReset());
                if (actual != document.Sha256)
                {
                    throw new InvalidDataException($"The stored original of {document.DocumentId} no longer matches its SHA-256 ({actual} instead of {document.Sha256}).");
                }
            }

            files.Add(new PackFile(path, document.DocumentId, document.FileName, document.Sha256, document.SizeBytes, document.Provenance.Source, document.IngestedAt));
        }

        var report = PackReportModel.Of(lineage, documents, files, export);
        var generated = new List<PackEntry>
        {
            await WriteAsync(zip, "lineage.json", Encoding.UTF8.GetBytes(JsonSerializer.Serialize(lineage, ArchiveJsonContext.Default.LineageDto)), cancellationToken),
            await WriteAsync(zip, "lineage.csv", Encoding.UTF8.GetBytes(Csv(lineage, documents)), cancellationToken),
            await WriteAsync(zip, "report.html", Encoding.UTF8.GetBytes(PackReport.Html(report)), cancellationToken),
            await WriteAsync(zip, "report.pdf", PackReportPdf.Build(report), cancellationToken),
        };

        // Written last, so it can give the SHA-256 of every other file in the pack.
        var manifest = new PackManifest(lineage.Root, export.ExportedAt, files) { ExportedBy = export.Actor, Role = export.Role, Reason = export.Reason, Generated = generated };
        await WriteAsync(zip, "manifest.json", Encoding.UTF8.GetBytes(JsonSerializer.Serialize(manifest, PackJsonContext.Default.PackManifest)), cancellationToken);
    }

    private static async Task<PackEntry> WriteAsync(ZipArchive zip, string name, byte[] content, CancellationToken cancellationToken)
    {
        await using var stream = await zip.CreateEntry(name).OpenAsync(cancellationToken);
        await stream.WriteAsync(content, cancellationToken);
        return new PackEntry(name, Convert.ToHexStringLower(SHA256.HashData(content)), content.LongLength);
    }

    private static string SafeName(string fileName) =>
        new(Path.GetFileName(fileName).Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or ' ' ? c : '_').ToArray());
}
