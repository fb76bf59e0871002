namespace KnowledgeArchive.Core.Storage;

/// <summary>An original file kept by its SHA-256 (lower-case hex).</summary>
public sealed record StoredOriginal(string Sha256, long SizeBytes);
