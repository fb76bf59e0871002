namespace KnowledgeArchive.Core.Ingestion;

/// <summary>A file found for a batch, before it is read.</summary>
/// <param name="Path">As reported: relative to the batch input, with <c>!/</c> between a zip and a path inside it.</param>
/// <param name="Location">Where to read the bytes.</param>
/// <param name="ArchiveSha256">SHA-256 of the zip holding the file; null for a file on disk.</param>
/// <param name="EntryPath">The path inside that zip; null for a file on disk.</param>
/// <param name="Skip">Set when the file is already known not to be taken (left out by a pattern, unsafe name, zip bomb).</param>
public sealed record NewIngestFile(
    string Path,
    IngestFileLocation Location,
    string? ArchiveSha256 = null,
    string? EntryPath = null,
    IngestFileVerdict? Skip = null);
