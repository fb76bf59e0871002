namespace KnowledgeArchive.Ingestion.Sources;

/// <summary>How far zips are expanded before they are treated as zip bombs.</summary>
public sealed record ZipLimits
{
    /// <summary>Entries smaller than this are never judged by their ratio: small, repetitive files compress very well.</summary>
    public const long RatioFloorBytes = 1024 * 1024;

    public int MaxDepth { get; init; } = 3;

    public int MaxCompressionRatio { get; init; } = 200;

    public long MaxExpandedBytes { get; init; } = 8L * 1024 * 1024 * 1024;

    public int MaxEntries { get; init; } = 100_000;
}
