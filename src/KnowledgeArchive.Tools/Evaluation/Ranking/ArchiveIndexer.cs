using System.Security.Cryptography;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Enrichment;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Enrichment;
using KnowledgeArchive.Enrichment.Metadata;
using KnowledgeArchive.Extraction;
using KnowledgeArchive.Extraction.Isolation;

namespace KnowledgeArchive.Tools.Evaluation.Ranking;

/// <summary>
/// Reads files as the ingest worker does (isolated extraction, enrichment, title choice) and indexes the readable
/// ones into an index, as the worker would.
/// </summary>
internal sealed class ArchiveIndexer(IsolatedExtractionService extraction, DocumentEnricher enricher, ISearchIndex index)
{
    private readonly TitleResolver titles = new();

    /// <summary>Indexes the file; returns the reason it could not be read, or null when it was indexed.</summary>
    public async Task<string?> IndexAsync(string path, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(path);
        var sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(File.OpenRead(path), cancellationToken));
        var outcome = await extraction.ExtractAsync(path, cancellationToken);
        if (!outcome.Result.Succeeded)
        {
            return outcome.Result.Failure?.ToString() ?? "not readable";
        }

        var document = outcome.Result.Document;
        var id = DocumentIds.FromSha256(sha256);
        var enrichment = enricher.Enrich(new EnrichmentInput(id, fileName, document, DocumentMetadata.Unknown));
        var record = new DocumentRecord
        {
            DocumentId = id,
            Sha256 = sha256,
            FileName = fileName,
            Format = outcome.Format,
            SizeBytes = new FileInfo(path).Length,
            IngestedAt = DateTimeOffset.UtcNow,
            Status = DocumentStatus.Indexed,
            Title = TitleChooser.Choose(titles.Resolve(document, fileName), enrichment),
            PageCount = document.Pages.Count,
            Metadata = enrichment.Metadata,
            Description = enrichment.Description,
        };
        await index.IndexAsync(new IndexedDocument(record, document.Pages) { Decisions = enrichment.Decisions, PolicyReference = enrichment.Policy?.Reference }, cancellationToken);
        return null;
    }
}
