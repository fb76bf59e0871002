using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Ingestion.Pipeline;

/// <summary>
/// Where a queued document is read (<see cref="DocumentPipeline"/>'s steps): in this process (<see cref="LocalPipelineRunner"/>,
/// the embedded default) or by worker processes reached through a broker. What is read comes back on the run; the
/// service then records and indexes it either way.
/// </summary>
public interface IPipelineRunner
{
    /// <summary>How many documents may be in reading at once.</summary>
    int Capacity { get; }

    /// <summary>Reads <paramref name="record"/> into <paramref name="run"/> and returns it (or a run of its own with what was read).</summary>
    Task<DocumentRun> RunAsync(DocumentRun run, DocumentRecord record, CancellationToken cancellationToken);
}
