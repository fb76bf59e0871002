using System.Security.Cryptography;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Ingestion.Pipeline;
using KnowledgeArchive.Tools.Commands;

namespace KnowledgeArchive.Tools.Evaluation.Ranking;

/// <summary>
/// Reads files as the ingest worker does (the service's pipeline), then, once all are read, applies what the
/// archive as a whole says (each organisation's ICB) and indexes the readable ones, as the worker would.
/// </summary>
internal sealed class ArchiveIndexer(ToolPipeline tools, ISearchIndex index)
{
    private readonly List<(string Sha256, long Size, DocumentRun Run)> read = [];

    /// <summary>Reads the file; returns the reason it could not be read, or null when it was.</summary>
    public async Task<string?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        string sha256;
        await using (var file = File.OpenRead(path))
        {
            sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken));
        }

        var run = await tools.Pipeline.RunAsync(path, DocumentIds.FromSha256(sha256), Path.GetFileName(path), DocumentMetadata.Unknown, cancellationToken);
        read.Add((sha256, new FileInfo(path).Length, run));
        return run.Failure?.ToString();
    }

    /// <summary>Indexes every document read, with the organisations the archive has learned.</summary>
    public async Task IndexAllAsync(CancellationToken cancellationToken)
    {
        var readable = read.Where(r => r.Run.Failure is null).ToList();
        var directory = OrganisationRule.Learn(tools.Register, readable.Select(r => r.Run.Enrichment!));
        foreach (var (sha256, size, run) in readable)
        {
            var enrichment = OrganisationRule.Apply(run.Enrichment!, directory);
            var record = new DocumentRecord
            {
                DocumentId = run.DocumentId,
                Sha256 = sha256,
                FileName = run.FileName,
                Format = run.Format,
                SizeBytes = size,
                IngestedAt = DateTimeOffset.UtcNow,
                Status = DocumentStatus.Indexed,
                Title = run.Title!,
                PageCount = run.Document!.Pages.Count,
                Metadata = enrichment.Metadata,
                Description = enrichment.Description,
            };
            await index.IndexAsync(new IndexedDocument(record, run.Document.Pages) { Decisions = enrichment.Decisions, PolicyReference = enrichment.Policy?.Reference }, cancellationToken);
        }
    }
}
