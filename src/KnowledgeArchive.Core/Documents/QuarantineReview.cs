namespace KnowledgeArchive.Core.Documents;

/// <summary>
/// A person's account of a quarantined document they looked at and left unread: who, when and why. The document
/// stays quarantined, and hidden from readers; the review says it has not been forgotten.
/// </summary>
/// <param name="DocumentId">The quarantined document.</param>
/// <param name="ReviewedBy">The name of the key that reviewed it (who it was issued to).</param>
/// <param name="ReviewerKeyId">The id of that key, as the audit log records it.</param>
/// <param name="ReviewedAt">When.</param>
/// <param name="Note">What was decided, in the reviewer's words.</param>
public sealed record QuarantineReview(string DocumentId, string ReviewedBy, string? ReviewerKeyId, DateTimeOffset ReviewedAt, string Note);
