namespace KnowledgeArchive.Core.Documents;

/// <summary>Where an original came from: needed by auditors as evidence.</summary>
/// <param name="Source">Ingest source name (<c>inbox</c>, <c>upload</c>, or a configured source).</param>
/// <param name="OriginalPath">Path of the file as it was found (for a zip entry, the zip's path), or the uploaded file name.</param>
public sealed record Provenance(string Source, string? OriginalPath)
{
    public static Provenance None { get; } = new("unknown", null);

    /// <summary>The bulk ingest batch that brought the original in; null for the inbox and uploads.</summary>
    public string? BatchId { get; init; }

    /// <summary>The path inside the zip the original was found in; null when it was not in a zip.</summary>
    public string? EntryPath { get; init; }

    /// <summary>SHA-256 of the zip the original was found in; null when it was not in a zip.</summary>
    public string? ArchiveSha256 { get; init; }
}
