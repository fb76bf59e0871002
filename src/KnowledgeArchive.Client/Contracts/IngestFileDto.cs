namespace KnowledgeArchive.Client.Contracts;

/// <summary>One input file of a batch (each zip entry is one) and its outcome.</summary>
public sealed record IngestFileDto
{
    /// <summary>Relative to the batch input; <c>!/</c> separates a zip from the path inside it.</summary>
    public required string Path { get; init; }

    /// <summary><c>pending</c>, <c>indexed</c>, <c>duplicate</c>, <c>quarantined</c> or <c>skipped</c>.</summary>
    public required string Status { get; init; }

    /// <summary>Stable code of why the file was quarantined or skipped (<c>unsupported_format</c>, <c>zip_bomb</c>, <c>unsafe_path</c>, …).</summary>
    public string? ReasonCode { get; init; }

    /// <summary>Why the file was quarantined or skipped, in words.</summary>
    public string? Reason { get; init; }

    /// <summary>The document the file became (or, for a duplicate, the document already holding its bytes).</summary>
    public string? DocumentId { get; init; }

    /// <summary>For a duplicate, the document already holding the same bytes.</summary>
    public string? DuplicateOf { get; init; }

    public string? Sha256 { get; init; }

    public long? SizeBytes { get; init; }

    /// <summary>For a zip entry, the path inside the zip holding it.</summary>
    public string? EntryPath { get; init; }

    /// <summary>For a zip entry, the SHA-256 of the zip holding it.</summary>
    public string? ArchiveSha256 { get; init; }
}
