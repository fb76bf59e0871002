namespace KnowledgeArchive.Client.Contracts;

/// <summary>Reply to an upload: the document id and <c>pending</c> (accepted for extraction) or <c>duplicate</c> (same bytes already held).</summary>
public sealed record UploadResultDto(string DocumentId, string Status);
