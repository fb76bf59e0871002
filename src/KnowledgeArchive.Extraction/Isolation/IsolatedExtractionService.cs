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
/// <remarks>
/// Files go through two lanes, so scans never hold up born-digital files: every file is first read in one of
/// <see cref="MaxWorkers"/> reading slots by a pass that reads nothing by OCR (<see cref="ExtractionRequest.SkipOcr"/>).
/// A file that needs OCR answers that at once, leaves its slot, and waits in the OCR lane, which reads
/// <see cref="OcrOptions.FilesInParallel"/> files at once, each by a full extraction as if there were no lanes; the
/// request's <see cref="ExtractionRequest.OcrWait"/> hears when it starts waiting and when OCR is done with it. Each
/// pass has the time and memory limits and the crash handling of a whole extraction.
/// </remarks>
public sealed class IsolatedExtractionService : IExtractionService, IDisposable
{
    private readonly IFormatDetector detector;
    private readonly ArchiveOptions options;
    private readonly ILogger<IsolatedExtractionService> logger;
    private readonly WorkerPool workers;
    private readonly SemaphoreSlim reading;
    private readonly SemaphoreSlim ocrLane;

    public IsolatedExtractionService(IFormatDetector detector, IOptions<ArchiveOptions> options, ILogger<IsolatedExtractionService> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.detector = detector;
        this.options = options.Value;
        this.logger = logger;
        workers = new WorkerPool(this.options);
        reading = new SemaphoreSlim(MaxWorkers);
        ocrLane = new SemaphoreSlim(Math.Max(1, this.options.Ocr.FilesInParallel));
    }

    /// <summary>Workers that may read at once, OCR aside.</summary>
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

        var full = request with { Path = Path.GetFullPath(path) };
        var first = await RunAsync(reading, full with { SkipOcr = true }, cancellationToken);
        if (request.SkipOcr || first.Result.PagesForOcr == 0)
        {
            return first;
        }

        logger.LogDebug("{Path} needs OCR: {Pages} page(s) wait in the OCR lane", path, first.Result.PagesForOcr);
        using var waiting = request.OcrWait?.AwaitingOcr(first.Result.PagesForOcr);
        return await RunAsync(ocrLane, full, cancellationToken);
    }

    public void Dispose()
    {
        workers.Dispose();
        reading.Dispose();
        ocrLane.Dispose();
    }

    /// <summary>One pass over the file by a worker, within one of the <paramref name="lane"/>'s slots.</summary>
    private async Task<ExtractionOutcome> RunAsync(SemaphoreSlim lane, ExtractionRequest request, CancellationToken cancellationToken)
    {
        var path = request.Path;
        await lane.WaitAsync(cancellationToken);
        ExtractionWorkerProcess? worker = null;
        try
        {
            worker = await workers.TakeAsync(cancellationToken);
            return await worker.ExtractAsync(ExtractRequest.From(request), options.ExtractionTimeout, cancellationToken);
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
                workers.GiveBack(worker, keep: !cancellationToken.IsCancellationRequested);
            }

            lane.Release();
        }
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
