namespace KnowledgeArchive.Core.Documents;

/// <summary>Where an original came from: needed by auditors as evidence.</summary>
/// <param name="Source">Ingest source name (<c>inbox</c>, <c>upload</c>, or a configured source).</param>
/// <param name="OriginalPath">Path of the file as it was found, or the uploaded file name.</param>
public sealed record Provenance(string Source, string? OriginalPath)
{
    public static Provenance None { get; } = new("unknown", null);
}
