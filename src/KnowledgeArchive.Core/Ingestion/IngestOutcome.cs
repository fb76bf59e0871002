using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Core.Ingestion;

/// <summary>The result of handing one file to the archive.</summary>
/// <param name="DocumentId">The document created, or the existing one for a duplicate.</param>
/// <param name="Reason">Why the file was quarantined or skipped.</param>
public sealed record IngestOutcome(IngestStatus Status, string? DocumentId, QuarantineReason? Reason = null);
