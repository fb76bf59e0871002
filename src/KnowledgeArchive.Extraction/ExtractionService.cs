using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Detection;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Extraction;

/// <summary>
/// Detects a file's format, picks its extractor and runs it within the size and time limits.
/// Whatever the file, the answer is a result or a specific quarantine reason, never an exception.
/// </summary>
public sealed class ExtractionService(
    IFormatDetector detector,
    IEnumerable<IDocumentExtractor> extractors,
    IOptions<ArchiveOptions> options) : IExtractionService
{
    private readonly Dictionary<FileFormat, IDocumentExtractor> byFormat = extractors.ToDictionary(e => e.Format);
    private readonly ExtractorVersions versions = new(extractors);

    public async Task<ExtractionOutcome> ExtractAsync(ExtractionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.Path;
        ArgumentException.ThrowIfNullOrEmpty(path);
        var limits = options.Value;
        var size = new FileInfo(path).Length;
        if (size > limits.MaxFileBytes)
        {
            return Outcome(FileFormat.Unknown, QuarantineReason.TooLarge(size, limits.MaxFileBytes));
        }

        FileFormat format;
        try
        {
            format = detector.Detect(path);
        }
        catch (IOException ex)
        {
            return Outcome(FileFormat.Unknown, QuarantineReason.Corrupt($"the file cannot be read: {ex.Message}"));
        }

        if (format == FileFormat.Empty)
        {
            return Outcome(format, QuarantineReason.Empty("the file is empty (0 bytes)"));
        }

        if (format == FileFormat.OleCompound && OleCompoundFile.HasStream(path, "EncryptedPackage"))
        {
            return Outcome(format, QuarantineReason.Encrypted("the Office document is password-protected (encrypted package)"));
        }

        if (!byFormat.TryGetValue(format, out var extractor))
        {
            return Outcome(format, QuarantineReason.Unsupported(format));
        }

        return new ExtractionOutcome(format, await RunBoundedAsync(extractor, request, limits.ExtractionTimeout, cancellationToken), versions.For(format));
    }

    /// <summary>
    /// Runs an extractor until it finishes or goes <paramref name="timeout"/> without progress: each
    /// <see cref="ExtractionHeartbeat"/> beat (an OCR'd page) restarts the clock with the allowance it asks for.
    /// </summary>
    private static async Task<ExtractionResult> RunBoundedAsync(IDocumentExtractor extractor, ExtractionRequest request, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        var work = Task.Run(
            () =>
            {
                using var beats = ExtractionHeartbeat.Listen(allowance => Extend(limit, allowance > timeout ? allowance : timeout));
                using var serving = ExtractionContext.Enter(request);
                return extractor.Extract(request.Path, limit.Token);
            },
            limit.Token);
        try
        {
            return await work.WaitAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ExtractionResult.Fail(QuarantineReason.TimedOut(timeout));
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
        {
            return ExtractionResult.Fail(QuarantineReason.Corrupt($"the {extractor.Format.Description} could not be read: {ex.Message}"));
        }
    }

    private static void Extend(CancellationTokenSource limit, TimeSpan allowance)
    {
        try
        {
            limit.CancelAfter(allowance);
        }
        catch (ObjectDisposedException)
        {
            // The extraction was already given up on.
        }
    }

    private ExtractionOutcome Outcome(FileFormat format, QuarantineReason reason) =>
        new(format, ExtractionResult.Fail(reason), versions.For(format));
}
