namespace KnowledgeArchive.Worker.Jobs;

/// <summary>A file attached to a document, stored in the shared store by its SHA-256 for the service to take in.</summary>
public sealed record SharedAttachment(string FileName, string Sha256, long SizeBytes);
