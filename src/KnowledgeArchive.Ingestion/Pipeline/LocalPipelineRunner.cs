using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Ingestion.Pipeline;

/// <summary>
/// Reads documents in this process, a few at a time (one per processor core, at most four). A document whose scanned
/// pages go to wait for OCR gives its slot up at once, so scans never hold born-digital documents up; once read by
/// OCR it is enriched without taking a slot again (the OCR lane is narrow: few come out of it at once).
/// </summary>
public sealed class LocalPipelineRunner(DocumentPipeline pipeline) : IPipelineRunner, IDisposable
{
    /// <summary>Documents read at once by one process.</summary>
    public static readonly int Slots = Math.Clamp(Environment.ProcessorCount, 1, 4);

    private readonly SemaphoreSlim reading = new(Slots);

    public int Capacity => Slots;

    public async Task<DocumentRun> RunAsync(DocumentRun run, DocumentRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        await reading.WaitAsync(cancellationToken);
        var held = 1;
        void GiveUp()
        {
            if (Interlocked.Exchange(ref held, 0) == 1)
            {
                reading.Release();
            }
        }

        run.OcrWait.Add(_ =>
        {
            GiveUp();
            return null;
        });
        try
        {
            return await pipeline.RunAsync(run, cancellationToken);
        }
        finally
        {
            GiveUp();
        }
    }

    public void Dispose() => reading.Dispose();
}
