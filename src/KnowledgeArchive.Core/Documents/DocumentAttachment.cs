namespace KnowledgeArchive.Core.Documents;

/// <summary>A file attached to a document (an email's attachment), ingested as a document or, for a zip, as a batch of its own.</summary>
/// <param name="Ordinal">Its place among the attachments, from 1.</param>
/// <param name="FileName">The name it was sent with.</param>
/// <param name="DocumentId">The document it became; null for a zip, which became <paramref name="BatchId"/>.</param>
/// <param name="BatchId">The batch a zip attachment became; null otherwise.</param>
public sealed record DocumentAttachment(int Ordinal, string FileName, string? DocumentId, string? BatchId);

/// <summary>A document a file was attached to: the email it came in.</summary>
/// <param name="DocumentId">The containing document.</param>
/// <param name="FileName">The containing document's file name.</param>
/// <param name="Title">The containing document's title.</param>
/// <param name="AttachedAs">The name the file was attached under.</param>
public sealed record AttachedTo(string DocumentId, string FileName, string Title, string AttachedAs);
