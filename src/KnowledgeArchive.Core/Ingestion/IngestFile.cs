using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Core.Ingestion;

/// <summary>One file of a batch as the ledger holds it, with its outcome resolved from the document it became.</summary>
public sealed record IngestFile
{
    public required string BatchId { get; init; }

    public required long Ordinal { get; init; }

    /// <summary>Relative to the batch input, with <c>!/</c> between a zip and the path inside it.</summary>
    public required string Path { get; init; }

    public required IngestFileLocation Location { get; init; }

    public long? ParentOrdinal { get; init; }

    public string? ArchiveSha256 { get; init; }

    public string? EntryPath { get; init; }

    public required IngestFileState State { get; init; }

    /// <summary>The outcome reported: pending, indexed, duplicate, quarantined or skipped (null for an expanded zip).</summary>
    public IngestStatus? Outcome { get; init; }

    public QuarantineReason? Reason { get; init; }

    public string? Sha256 { get; init; }

    public long? SizeBytes { get; init; }

    public string? DocumentId { get; init; }

    public string? DuplicateOf { get; init; }
}
