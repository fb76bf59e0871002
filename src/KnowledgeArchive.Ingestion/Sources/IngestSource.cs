namespace KnowledgeArchive.Ingestion.Sources;

/// <summary>A named place batches come from, with the patterns that pick its files and the defaults for what they hold.</summary>
public sealed record IngestSource
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    /// <summary>The folder or zip read when a batch gives no path of its own.</summary>
    public string? Path { get; init; }

    public bool Recursive { get; init; } = true;

    public IReadOnlyList<string> Include { get; init; } = [];

    public IReadOnlyList<string> Exclude { get; init; } = [];

    public SourceDefaults Defaults { get; init; } = new();
}
