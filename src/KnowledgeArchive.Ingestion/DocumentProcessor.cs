using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Diagnostics;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Enrichment;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Extraction;
using KnowledgeArchive.Ingestion.Attachments;
using KnowledgeArchive.Ingestion.Pipeline;
using KnowledgeArchive.Ingestion.Timing;
using Microsoft.Extensions.Logging;

namespace KnowledgeArchive.Ingestion;

/// <summary>
/// Takes one queued document to its final state: extracts it and indexes it, or quarantines it with the reason.
/// Index and catalog are written together by <see cref="GroupCommit"/>: searches see a document only once the catalog
/// holds it as indexed, and a crash in between leaves it pending, to be processed again at the next start. While its
/// scanned pages wait for OCR a document steps aside: commits do not wait for it, its pages are counted as awaiting
/// OCR (<see cref="OcrBacklog"/>), and whoever handed it over is told, to take the next document meanwhile.
/// </summary>
public sealed class DocumentProcessor(
    IDocumentCatalog catalog,
    IOriginalStore originals,
    IPipelineRunner runner,
    ISearchIndex index,
    StoredDocuments stored,
    IArchiveChanges changes,
    GroupCommit commits,
    IngestTimings timings,
    ProcessingVersion version,
    AttachmentIntake attachments,
    ArchivePaths paths,
    OneOffExtractions oneOffs,
    ArchiveMetrics metrics,
    OcrBacklog ocrBacklog,
    ILogger<DocumentProcessor> logger)
{
    /// <summary>
    /// The extraction rules for <paramref name="format"/> and the enrichment rules this build applies; a document
    /// processed by others is processed again.
    /// </summary>
    public string CurrentVersion(FileFormat format) => version.For(format);

    public Task ProcessAsync(string documentId, CancellationToken cancellationToken) => ProcessAsync(documentId, null, cancellationToken);

    /// <param name="documentId">The queued document.</param>
    /// <param name="steppedAside">Called when the document steps aside to wait for OCR (the rest of its processing continues).</param>
    /// <param name="cancellationToken">Stops processing.</param>
    public async Task ProcessAsync(string documentId, Action? steppedAside, CancellationToken cancellationToken)
    {
        using var activity = ArchiveActivities.Source.StartActivity(ArchiveActivities.IngestDocument);
        activity?.SetTag("ka.document.id", documentId);
        using var work = commits.Enter();
        // Taken whatever happens next, so a password never outlives the turn its document was queued for.
        var oneOff = oneOffs.Take(documentId);
        var record = await catalog.FindAsync(documentId, cancellationToken);
        switch (record?.Status)
        {
            case null:
                logger.LogWarning("Queued document {DocumentId} is not in the catalog", documentId);
                return;
            case DocumentStatus.Pending:
                await ExtractAndIndexAsync(record, oneOff, Aside(work, record.Provenance.BatchId, steppedAside), cancellationToken);
                return;
            case DocumentStatus.Indexed or DocumentStatus.Quarantined when record.ExtractorVersion != CurrentVersion(record.Format):
                // Improved extraction or enrichment reaches documents ingested before it, from the stored original.
                await ExtractAndIndexAsync(record, null, Aside(work, null, steppedAside), cancellationToken);
                return;
            case DocumentStatus.Indexed when !index.Contains(documentId):
                await ReindexAsync(record, cancellationToken);
                return;
        }
    }

    /// <summary>What the document does while its pages wait for OCR: out of the commits' way, counted, its hander told.</summary>
    private Action<OcrWaitListeners> Aside(GroupCommit.InWork work, string? batchId, Action? steppedAside) => wait =>
    {
        wait.Add(_ => work.SetAside());
        wait.Add(pages =>
        {
            var counted = ocrBacklog.Add(batchId, pages);
            steppedAside?.Invoke();
            return counted;
        });
    };

    private async Task ExtractAndIndexAsync(DocumentRecord record, OneOffExtraction? oneOff, Action<OcrWaitListeners> aside, CancellationToken cancellationToken)
    {
        var attached = Path.Combine(paths.WorkDirectory, "attachments", $"{record.DocumentId}-{Guid.NewGuid():N}");
        try
        {
            await ExtractAndIndexAsync(record, oneOff, attached, aside, cancellationToken);
        }
        finally
        {
            DeleteQuietly(attached);
        }
    }

    private async Task ExtractAndIndexAsync(DocumentRecord record, OneOffExtraction? oneOff, string attached, Action<OcrWaitListeners> aside, CancellationToken cancellationToken)
    {
        var setUp = new DocumentRun(originals.PathOf(record.Sha256), record.DocumentId, record.FileName, record.Metadata) { AttachmentsDirectory = attached, OneOff = oneOff };
        aside(setUp.OcrWait);
        var run = await runner.RunAsync(setUp, record, cancellationToken);

        if (run.Failure is null && run.Document!.Attachments.Count > 0 && await attachments.RefusalAsync(record, cancellationToken) is { } tooDeep)
        {
            run.Failure = tooDeep;
        }

        timings.Document(record.DocumentId, run.OwnTime);
        if (run.Failure is { } failure)
        {
            await QuarantineAsync(record, run.Format, failure, run.Version ?? CurrentVersion(run.Format), cancellationToken);
            return;
        }

        var document = run.Document!;
        var enrichment = run.Enrichment!;
        var indexed = record with
        {
            Format = run.Format,
            Status = DocumentStatus.Indexed,
            QuarantineReason = null,
            Title = run.Title!,
            PageCount = document.Pages.Count,
            Metadata = enrichment.Metadata,
            Description = enrichment.Description,
            ExtractorVersion = run.Version ?? CurrentVersion(run.Format),
        };

        // Attachments are taken in before the email is committed: once it is indexed (and its batch says so),
        // every file attached to it is already in the catalog, pending or read.
        if (document.Attachments.Count > 0)
        {
            await attachments.IngestAsync(indexed, document.Attachments, cancellationToken);
        }

        await commits.CommitAsync(
            new CatalogEntry(indexed, document.Pages, enrichment) { PageImages = document.PageImages },
            new IndexedDocument(indexed, document.Pages) { Decisions = enrichment.Decisions, PolicyReference = enrichment.Policy?.Reference },
            cancellationToken);
        metrics.DocumentIndexed();
        System.Diagnostics.Activity.Current?.SetTag("ka.ingest.outcome", "indexed");
        logger.LogInformation("Indexed {DocumentId} {FileName}: {Pages} page(s), \"{Title}\"", indexed.DocumentId, indexed.FileName, indexed.PageCount, indexed.Title);
    }

    private void DeleteQuietly(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(ex, "Could not remove the attachments folder {Folder}", directory);
        }
    }

    private async Task ReindexAsync(DocumentRecord record, CancellationToken cancellationToken)
    {
        await commits.CommitAsync(null, await stored.LoadAsync(record, cancellationToken), cancellationToken);
        logger.LogInformation("Re-indexed {DocumentId} from the catalog", record.DocumentId);
    }

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
            await commits.WithdrawAsync(record.DocumentId, cancellationToken);
        }

        using (timings.Measure(IngestStage.CatalogWrite))
        {
            await catalog.SaveAsync(quarantined, [], null, cancellationToken);
        }

        changes.DocumentsChanged();
        metrics.DocumentQuarantined(reason.Code);
        System.Diagnostics.Activity.Current?.SetTag("ka.ingest.outcome", "quarantined");
        logger.LogWarning("Quarantined {DocumentId} {FileName}: {Reason}", record.DocumentId, record.FileName, reason);
    }
}
