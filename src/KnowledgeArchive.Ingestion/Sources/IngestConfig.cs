namespace KnowledgeArchive.Ingestion.Sources;

/// <summary>The bulk ingest settings: sources and zip limits (<c>schemas/ingest-config.schema.json</c>).</summary>
public sealed record IngestConfig
{
    public IReadOnlyList<IngestSource> Sources { get; init; } = [];

    public ZipLimits Zip { get; init; } = new();

    /// <summary>The source with this name, or null.</summary>
    public IngestSource? Find(string name) =>
        Sources.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
}
