namespace KnowledgeArchive.Client.Contracts;

/// <summary>A file attached to a document (an email's attachment): the document it became, or for a zip the batch it became.</summary>
/// <param name="Ordinal">Its place among the attachments, from 1.</param>
/// <param name="FileName">The name it was sent with.</param>
/// <param name="DocumentId">The document it became; null for a zip.</param>
/// <param name="BatchId">The batch a zip attachment became; null otherwise.</param>
public sealed record AttachmentDto(int Ordinal, string FileName, string? DocumentId, string? BatchId);

/// <summary>A document (an email) this document came attached to.</summary>
/// <param name="DocumentId">The email's document id.</param>
/// <param name="FileName">The email's file name.</param>
/// <param name="Title">The email's title (its subject).</param>
/// <param name="AttachedAs">The name this document was attached under.</param>
public sealed record AttachedToDto(string DocumentId, string FileName, string Title, string AttachedAs);
