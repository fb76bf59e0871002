namespace KnowledgeArchive.Client.Contracts;

/// <summary>A document whose original is <c>missing</c> or hashes differently (<c>mismatch</c>) from the SHA-256 recorded at ingest.</summary>
public sealed record FixityProblemDto(string DocumentId, string Kind, string ExpectedSha256, string? ActualSha256);
