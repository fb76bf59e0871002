namespace KnowledgeArchive.Client.Contracts;

/// <summary>A bulk ingest batch and its progress; <see cref="Files"/> is filled only when one batch is asked for.</summary>
public sealed record IngestBatchDto
{
    public required string BatchId { get; init; }

    public required string Source { get; init; }

    /// <summary>The folder or zip read, as an absolute path on the service's machine.</summary>
    public required string InputPath { get; init; }

    /// <summary><c>running</c> (files still being listed, read or extracted) or <c>completed</c> (every file has its outcome).</summary>
    public required string State { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public required IngestCountsDto Counts { get; init; }

    public IReadOnlyList<IngestFileDto> Files { get; init; } = [];

    /// <summary>
    /// Pages of the batch's pending documents that wait for OCR now: scanned pages found by a first read, queued in
    /// the OCR lane or being read there (scans are read apart, so they do not hold up born-digital files). It falls
    /// back to 0 as OCR reads them. Counted by the service for the documents it reads itself; documents handed to
    /// <c>ka-worker</c> processes through a broker are not counted.
    /// </summary>
    public int PagesAwaitingOcr { get; init; }

    /// <summary>
    /// The catalog's latest sequence when the batch was read: once the batch is <c>completed</c>, a search on any node
    /// with <c>minSequence</c> set to this finds every document the batch indexed.
    /// </summary>
    public long CatalogSequence { get; init; }
}
