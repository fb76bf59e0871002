using System.Diagnostics;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Enrichment;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Enrichment.Metadata;
using KnowledgeArchive.Extraction;
using KnowledgeArchive.Ingestion.Timing;
using Microsoft.Extensions.Logging;

namespace KnowledgeArchive.Ingestion;

/// <summary>
/// Takes one queued document to its final state: extracts it and indexes it, or quarantines it with the reason.
/// Index and catalog are written together by <see cref="GroupCommit"/>: searches see a document only once the catalog
/// holds it as indexed, and a crash in between leaves it pending, to be processed again at the next start.
/// </summary>
public sealed class DocumentProcessor(
    IDocumentCatalog catalog,
    IOriginalStore originals,
    IExtractionService extraction,
    ITitleResolver titles,
    IDocumentEnricher enricher,
    ISearchIndex index,
    StoredDocuments stored,
    IArchiveChanges changes,
    GroupCommit commits,
    IngestTimings timings,
    ILogger<DocumentProcessor> logger) : IDisposable
{
    /// <summary>Documents extracted at once; more may be in work, enriching or waiting for their group's commit.</summary>
    public static readonly int ExtractionSlots = Math.Clamp(Environment.ProcessorCount, 1, 4);

    private readonly SemaphoreSlim extracting = new(ExtractionSlots);

    /// <summary>The extraction and enrichment rules this build applies; documents processed by others are processed again.</summary>
    public string CurrentVersion => $"{ExtractionService.Version} {enricher.Version}";

    public async Task ProcessAsync(string documentId, CancellationToken cancellationToken)
    {
        using var work = commits.Enter();
        var record = await catalog.FindAsync(documentId, cancellationToken);
        switch (record?.Status)
        {
            case null:
                logger.LogWarning("Queued document {DocumentId} is not in the catalog", documentId);
                return;
            case DocumentStatus.Pending:
                await ExtractAndIndexAsync(record, cancellationToken);
                return;
            case DocumentStatus.Indexed or DocumentStatus.Quarantined when record.ExtractorVersion != CurrentVersion:
                // Improved extraction or enrichment reaches documents ingested before it, from the stored original.
                await ExtractAndIndexAsync(record, cancellationToken);
                return;
            case DocumentStatus.Indexed when !index.Contains(documentId):
                await ReindexAsync(record, cancellationToken);
                return;
        }
    }

    private async Task ExtractAndIndexAsync(DocumentRecord record, CancellationToken cancellationToken)
    {
        if (!originals.Exists(record.Sha256))
        {
            await QuarantineAsync(record, FileFormat.Unknown, QuarantineReason.Corrupt("the stored original is missing from the data directory"), CurrentVersion, cancellationToken);
            return;
        }

        ExtractionOutcome outcome;
        var own = new Stopwatch();
        using (timings.Measure(IngestStage.Extraction))
        {
            await extracting.WaitAsync(cancellationToken);
            try
            {
                own.Restart();
                outcome = await extraction.ExtractAsync(originals.PathOf(record.Sha256), cancellationToken);
                own.Stop();
            }
            finally
            {
                extracting.Release();
            }
        }

        if (!outcome.Result.Succeeded)
        {
            timings.Document(record.DocumentId, own.Elapsed);
            await QuarantineAsync(record, outcome.Format, outcome.Result.Failure, CurrentVersion, cancellationToken);
            return;
        }

        var document = outcome.Result.Document;
        own.Start();
        var enriching = timings.Measure(IngestStage.Enrichment);
        var enrichment = enricher.Enrich(new EnrichmentInput(record.DocumentId, record.FileName, document, record.Metadata));
        var title = TitleChooser.Choose(titles.Resolve(document, record.FileName), enrichment);
        enriching.Dispose();
        timings.Document(record.DocumentId, own.Elapsed);
        var indexed = record with
        {
            Format = outcome.Format,
            Status = DocumentStatus.Indexed,
            QuarantineReason = null,
            Title = title,
            PageCount = document.Pages.Count,
            Metadata = enrichment.Metadata,
            Description = enrichment.Description,
            ExtractorVersion = CurrentVersion,
        };

        await commits.CommitAsync(
            new CatalogEntry(indexed, document.Pages, enrichment),
            new IndexedDocument(indexed, document.Pages) { Decisions = enrichment.Decisions, PolicyReference = enrichment.Policy?.Reference },
            cancellationToken);
        logger.LogInformation("Indexed {DocumentId} {FileName}: {Pages} page(s), \"{Title}\"", indexed.DocumentId, indexed.FileName, indexed.PageCount, indexed.Title);
    }

    private async Task ReindexAsync(DocumentRecord record, CancellationToken cancellationToken)
    {
        await commits.CommitAsync(null, await stored.LoadAsync(record, cancellationToken), cancellationToken);
        logger.LogInformation("Re-indexed {DocumentId} from the catalog", record.DocumentId);
    }

    public void Dispose() => extracting.Dispose();

    private async Task QuarantineAsync(DocumentRecord record, FileFormat format, QuarantineReason reason, string? extractorVersion, CancellationToken cancellationToken)
    {
        var quarantined = record with
        {
            Format = format,
            Status = DocumentStatus.Quarantined,
            QuarantineReason = reason,
            PageCount = 0,
            ExtractorVersion = extractorVersion,
        };
        if (record.Status == DocumentStatus.Indexed)
        {
            // Indexed before, unreadable now (by newer extraction rules): out of search before the catalog says so.
            await index.DeleteAsync(record.DocumentId, cancellationToken);
            await commits.CommitAsync(null, null, cancellationToken);
        }

        using (timings.Measure(IngestStage.CatalogWrite))
        {
            await catalog.SaveAsync(quarantined, [], null, cancellationToken);
        }

        changes.DocumentsChanged();
        logger.LogWarning("Quarantined {DocumentId} {FileName}: {Reason}", record.DocumentId, record.FileName, reason);
    }
}
