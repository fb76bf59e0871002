using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Security;

namespace KnowledgeArchive.Core.Ingestion;

/// <summary>
/// The durable record of bulk ingest batches and of every file in them. Each change is committed before it is
/// acknowledged, so a batch interrupted at any point resumes from the ledger with no file lost or taken twice.
/// </summary>
public interface IIngestLedger
{
    /// <summary>Records a new batch (not yet listed) and returns its id.</summary>
    Task<string> CreateBatchAsync(string source, string inputPath, DateTimeOffset createdAt, CancellationToken cancellationToken);

    /// <summary>Replaces whatever an interrupted listing left with these files, and marks the batch listed, in one transaction.</summary>
    Task ListFilesAsync(string batchId, IReadOnlyList<NewIngestFile> files, CancellationToken cancellationToken);

    /// <summary>Adds the entries of an expanded zip and marks the zip expanded, in one transaction.</summary>
    Task ExpandAsync(string batchId, long ordinal, string archiveSha256, long archiveSize, IReadOnlyList<NewIngestFile> entries, CancellationToken cancellationToken);

    /// <summary>
    /// Adds the document if its bytes are new and records the file as accepted, or records it as a duplicate of the
    /// document already holding those bytes, in one transaction. Returns the outcome.
    /// </summary>
    Task<IngestOutcome> AcceptAsync(string batchId, long ordinal, DocumentRecord document, CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="AcceptAsync"/> for several files of one batch in one transaction, so a bulk batch does not pay a
    /// commit and a disk sync for every file; the outcomes in the order of <paramref name="files"/>.
    /// </summary>
    Task<IReadOnlyList<IngestOutcome>> AcceptAllAsync(string batchId, IReadOnlyList<AcceptedFile> files, CancellationToken cancellationToken);

    /// <summary>Records a file as skipped or quarantined without storing it.</summary>
    Task SetVerdictAsync(string batchId, long ordinal, IngestFileVerdict verdict, string? sha256, long? sizeBytes, CancellationToken cancellationToken);

    /// <summary>Puts a batch's quarantined files back to pending and returns the documents to extract again.</summary>
    Task<IReadOnlyList<string>> ResetFailuresAsync(string batchId, CancellationToken cancellationToken);

    Task<IngestBatch?> FindBatchAsync(string batchId, CancellationToken cancellationToken);

    /// <summary>Batches, newest first.</summary>
    Task<IReadOnlyList<IngestBatch>> ListBatchesAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Batches not yet listed or with files still pending in the ledger (not counting documents awaiting extraction).</summary>
    Task<IReadOnlyList<string>> ListUnfinishedBatchIdsAsync(CancellationToken cancellationToken);

    /// <summary>Pending files of a batch in ledger order, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<IngestFile>> PendingFilesAsync(string batchId, int limit, CancellationToken cancellationToken);

    /// <summary>Every file of a batch, in path order, with outcomes resolved.</summary>
    Task<IReadOnlyList<IngestFile>> FilesAsync(string batchId, CancellationToken cancellationToken);

    /// <summary>
    /// Every file of a batch as <paramref name="scope"/> may see it: a file that is, or duplicates, a document the
    /// scope may not see keeps its path and outcome but loses the document's id and the file's hash (which names it).
    /// </summary>
    Task<IReadOnlyList<IngestFile>> FilesAsync(string batchId, RecordScope scope, CancellationToken cancellationToken);
}
