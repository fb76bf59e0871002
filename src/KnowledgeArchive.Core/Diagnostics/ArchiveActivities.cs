using System.Diagnostics;

namespace KnowledgeArchive.Core.Diagnostics;

/// <summary>
/// The archive's traces: one activity per document taken through ingest and one per search, under the source
/// <see cref="SourceName"/>. Nothing is recorded unless a listener (the OpenTelemetry exporter, a test) asks for it.
/// </summary>
public static class ArchiveActivities
{
    /// <summary>The activity source's name, to subscribe to.</summary>
    public const string SourceName = "KnowledgeArchive";

    /// <summary>A document read, enriched and indexed or quarantined.</summary>
    public const string IngestDocument = "ingest.document";

    /// <summary>A search of the index.</summary>
    public const string Search = "search";

    public static readonly ActivitySource Source = new(SourceName);
}
