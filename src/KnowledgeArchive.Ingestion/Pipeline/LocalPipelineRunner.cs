using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Ingestion.Pipeline;

/// <summary>Reads documents in this process, a few at a time (one per processor core, at most four).</summary>
public sealed class LocalPipelineRunner(DocumentPipeline pipeline) : IPipelineRunner, IDisposable
{
    /// <summary>Documents read at once by one process.</summary>
    public static readonly int Slots = Math.Clamp(Environment.ProcessorCount, 1, 4);

    private readonly SemaphoreSlim reading = new(Slots);

    public int Capacity => Slots;

    public async Task<DocumentRun> RunAsync(DocumentRun run, DocumentRecord record, CancellationToken cancellationToken)
    {
        await reading.WaitAsync(cancellationToken);
        try
        {
            return await pipeline.RunAsync(run, cancellationToken);
        }
        finally
        {
            reading.Release();
        }
    }

    public void Dispose() => reading.Dispose();
}
