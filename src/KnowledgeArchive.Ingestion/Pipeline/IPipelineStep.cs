namespace KnowledgeArchive.Ingestion.Pipeline;

/// <summary>A step of reading a document. It reads what the steps before it left on the run; to stop the run it sets <see cref="DocumentRun.Failure"/>.</summary>
public interface IPipelineStep
{
    /// <summary>The step's name ("preflight", "extract", "enrich", "title").</summary>
    string Name { get; }

    Task RunAsync(DocumentRun run, CancellationToken cancellationToken);
}
