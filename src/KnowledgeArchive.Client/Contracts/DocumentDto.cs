namespace KnowledgeArchive.Client.Contracts;

/// <summary>A document in the archive (API contract <c>Document</c>).</summary>
public sealed record DocumentDto
{
    public required string DocumentId { get; init; }

    public required string Title { get; init; }

    /// <summary>What the document is, in words ("Minutes of the North Marsh CCG Governing Body, 26 March 2019, public session"), when known.</summary>
    public string? Description { get; init; }

    public required string FileName { get; init; }

    /// <summary>Format detected from the content: <c>pdf</c>, <c>docx</c>, <c>xlsx</c>, <c>eml</c>, … or <c>unknown</c> before extraction.</summary>
    public required string Format { get; init; }

    public required string Sha256 { get; init; }

    public long SizeBytes { get; init; }

    public int PageCount { get; init; }

    public DateTimeOffset IngestedAt { get; init; }

    /// <summary><c>pending</c>, <c>indexed</c> or <c>quarantined</c>.</summary>
    public required string Status { get; init; }

    /// <summary>Why the document is quarantined, in words a person can act on; null otherwise.</summary>
    public string? QuarantineReason { get; init; }

    /// <summary>For a quarantined document someone has looked at and left unread: who, when and why; null otherwise.</summary>
    public QuarantineReviewDto? Review { get; init; }

    /// <summary>Stable code of the quarantine reason (<c>encrypted</c>, <c>corrupt</c>, <c>empty</c>, <c>no_text_layer</c>, <c>ocr_unavailable</c>, <c>unsupported_format</c>, <c>too_large</c>, <c>timed_out</c>, <c>zip_bomb</c>, <c>zip_too_deep</c>, <c>worker_crashed</c>).</summary>
    public string? QuarantineCode { get; init; }

    public string DocumentType { get; init; } = "other";

    public string? Ccg { get; init; }

    public string? Icb { get; init; }

    public string? Body { get; init; }

    public DateOnly? Date { get; init; }

    public string? Session { get; init; }

    public string Sensitivity { get; init; } = "public";

    /// <summary>Why the document is restricted when another document says so (the private minutes that record its item: page, heading, checksum); null otherwise.</summary>
    public string? SensitivityBasis { get; init; }

    public PolicyDto? Policy { get; init; }

    public IReadOnlyList<DecisionDto> Decisions { get; init; } = [];

    /// <summary>Ingest source the original came from (<c>inbox</c>, <c>upload</c>, or a configured source).</summary>
    public string? Source { get; init; }

    /// <summary>Path or file name under which the original was found; for a file found in a zip, the zip's path.</summary>
    public string? OriginalPath { get; init; }

    /// <summary>For a file found in a zip, its path inside the zip.</summary>
    public string? EntryPath { get; init; }

    /// <summary>For a file found in a zip, the SHA-256 of the zip.</summary>
    public string? ArchiveSha256 { get; init; }

    /// <summary>The bulk ingest batch that brought the original in; null for the inbox and uploads.</summary>
    public string? BatchId { get; init; }

    public string? ExtractorVersion { get; init; }

    /// <summary>Files attached to it (an email's), each a document of its own or, for a zip, a batch; only those the caller may see.</summary>
    public IReadOnlyList<AttachmentDto> Attachments { get; init; } = [];

    /// <summary>The emails it came attached to, that the caller may see.</summary>
    public IReadOnlyList<AttachedToDto> AttachedTo { get; init; } = [];
}
