using System.Collections.Concurrent;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Extraction.Isolation;

/// <summary>
/// Extraction in worker processes (<c>ka-extract</c>): a file that crashes a parser (stack overflow, fatal error),
/// runs past the time limit or past the memory limit ends only its worker, which is replaced; the file is
/// quarantined with the reason. Workers are kept and reused between files.
/// </summary>
public sealed class IsolatedExtractionService : IExtractionService, IDisposable
{
    private readonly IFormatDetector detector;
    private readonly ArchiveOptions options;
    private readonly ILogger<IsolatedExtractionService> logger;
    private readonly ConcurrentBag<ExtractionWorkerProcess> idle = [];
    private readonly SemaphoreSlim slots;

    public IsolatedExtractionService(IFormatDetector detector, IOptions<ArchiveOptions> options, ILogger<IsolatedExtractionService> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.detector = detector;
        this.options = options.Value;
        this.logger = logger;
        slots = new SemaphoreSlim(MaxWorkers);
    }

    /// <summary>Workers that may run at once.</summary>
    public static int MaxWorkers { get; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    public async Task<ExtractionOutcome> ExtractAsync(ExtractionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.Path;
        ArgumentException.ThrowIfNullOrEmpty(path);
        var size = new FileInfo(path).Length;
        if (size > options.MaxFileBytes)
        {
            return Fail(FileFormat.Unknown, QuarantineReason.TooLarge(size, options.MaxFileBytes));
        }

        await slots.WaitAsync(cancellationToken);
        ExtractionWorkerProcess? worker = null;
        try
        {
            worker = await TakeAsync(cancellationToken);
            return await worker.ExtractAsync(ExtractRequest.From(request with { Path = Path.GetFullPath(path) }), options.ExtractionTimeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            logger.LogWarning("Extraction of {Path} timed out after {Timeout}; its worker was stopped", path, options.ExtractionTimeout);
            return Fail(DetectQuietly(path), QuarantineReason.TimedOut(options.ExtractionTimeout));
        }
        catch (WorkerDiedException ex)
        {
            logger.LogWarning("Extraction worker died on {Path}: {Reason}", path, ex.Message);
            var format = DetectQuietly(path);
            var reason = ex.Message.Contains("memory", StringComparison.Ordinal)
                ? new QuarantineReason(QuarantineCodes.TooLarge, $"{ex.Message}; the limit is {options.ExtractionMemoryLimitMegabytes} MB")
                : QuarantineReason.Corrupt(ex.Message);
            return Fail(format, reason);
        }
        finally
        {
            if (worker is not null)
            {
                if (worker.IsUsable && !cancellationToken.IsCancellationRequested)
                {
                    idle.Add(worker);
                }
                else
                {
                    worker.Dispose();
                }
            }

            slots.Release();
        }
    }

    public void Dispose()
    {
        while (idle.TryTake(out var worker))
        {
            worker.Dispose();
        }

        slots.Dispose();
    }

    private async Task<ExtractionWorkerProcess> TakeAsync(CancellationToken cancellationToken)
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

    private FileFormat DetectQuietly(string path)
    {
        try
        {
            return detector.Detect(path);
        }
        catch (IOException)
        {
            return FileFormat.Unknown;
        }
    }

    private static ExtractionOutcome Fail(FileFormat format, QuarantineReason reason) =>
        new(format, ExtractionResult.Fail(reason), ExtractorVersions.Detection);
}
