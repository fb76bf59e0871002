namespace KnowledgeArchive.Client.Contracts;

/// <summary>Starts a bulk ingest batch: a folder or .zip the service can read, and the configured source it comes from.</summary>
/// <param name="Path">Absolute path on the service's machine; when null, the source's own path.</param>
/// <param name="Source">Name of a source in the ingest settings (its patterns and defaults apply).</param>
public sealed record IngestBatchRequestDto(string? Path, string Source);
