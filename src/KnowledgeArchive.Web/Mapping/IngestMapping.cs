using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Core.Ingestion;
using KnowledgeArchive.Ingestion;

namespace KnowledgeArchive.Web.Mapping;

/// <summary>Ledger batches and files to the API's shapes.</summary>
internal static class IngestMapping
{
    /// <summary>The batch with its counts, the pages of its documents waiting for OCR now, and (when given) its files.</summary>
    public static IngestBatchDto ToDto(this IngestBatch batch, OcrBacklog ocr, IReadOnlyList<IngestFile>? files = null) => new()
    {
        BatchId = batch.BatchId,
        Source = batch.Source,
        InputPath = batch.InputPath,
        State = batch.State,
        CreatedAt = batch.CreatedAt,
        Counts = new IngestCountsDto(batch.Counts.Total, batch.Counts.Indexed, batch.Counts.Duplicate, batch.Counts.Quarantined, batch.Counts.Skipped, batch.Counts.Pending),
        PagesAwaitingOcr = ocr.PagesOf(batch.BatchId),
        Files = files is null ? [] : [.. files.Where(f => f.Outcome is not null).Select(ToDto)],
    };

    public static IngestFileDto ToDto(this IngestFile file) => new()
    {
        Path = file.Path,
        Status = file.Outcome!.Value.ToString().ToLowerInvariant(),
        ReasonCode = file.Reason?.Code,
        Reason = file.Reason?.Message,
        DocumentId = file.DocumentId,
        DuplicateOf = file.DuplicateOf,
        Sha256 = file.Sha256,
        SizeBytes = file.SizeBytes,
        EntryPath = file.EntryPath,
        ArchiveSha256 = file.ArchiveSha256,
    };
}
