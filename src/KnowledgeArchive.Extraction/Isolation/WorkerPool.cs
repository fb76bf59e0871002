using KnowledgeArchive.Core.Configuration;

namespace KnowledgeArchive.Extraction.Isolation;

/// <summary>
/// Extraction worker processes kept between files: a worker is taken for one file and given back when it is still
/// usable, so files do not pay for a process start each. Every lane takes its workers from here.
/// </summary>
internal sealed class WorkerPool(ArchiveOptions options) : IDisposable
{
    private readonly System.Collections.Concurrent.ConcurrentBag<ExtractionWorkerProcess> idle = [];

    /// <summary>An idle worker that still runs, or a new one.</summary>
    public async Task<ExtractionWorkerProcess> TakeAsync(CancellationToken cancellationToken)
    {
        while (idle.TryTake(out var worker))
        {
            if (worker.IsUsable)
            {
                return worker;
            }

            worker.Dispose();
        }

        return await ExtractionWorkerProcess.StartAsync((long)options.ExtractionMemoryLimitMegabytes * 1024 * 1024, options.Ocr, cancellationToken);
    }

    /// <summary>Keeps a worker that still runs for the next file; ends one that died, was stopped or whose file was given up on.</summary>
    public void GiveBack(ExtractionWorkerProcess worker, bool keep)
    {
        if (keep && worker.IsUsable)
        {
            idle.Add(worker);
        }
        else
        {
            worker.Dispose();
        }
    }

    public void Dispose()
    {
        while (idle.TryTake(out var worker))
        {
            worker.Dispose();
        }
    }
}
