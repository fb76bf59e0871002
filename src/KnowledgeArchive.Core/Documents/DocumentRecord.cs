namespace KnowledgeArchive.Core.Documents;

/// <summary>The catalog's record of one original file: the record of truth from which the index is rebuilt.</summary>
public sealed record DocumentRecord
{
    public required string DocumentId { get; init; }

    public required string Sha256 { get; init; }

    public required string FileName { get; init; }

    public required FileFormat Format { get; init; }

    public required long SizeBytes { get; init; }

    public required DateTimeOffset IngestedAt { get; init; }

    public DocumentStatus Status { get; init; } = DocumentStatus.Pending;

    public QuarantineReason? QuarantineReason { get; init; }

    public string Title { get; init; } = string.Empty;

    public int PageCount { get; init; }

    /// <summary>What the document is, in words, as enrichment read it; null when not known.</summary>
    public string? Description { get; init; }

    public DocumentMetadata Metadata { get; init; } = DocumentMetadata.Unknown;

    public Provenance Provenance { get; init; } = Provenance.None;

    /// <summary>Version of the extractor that produced the pages and metadata, so improvements can be re-run over old documents.</summary>
    public string? ExtractorVersion { get; init; }
}
