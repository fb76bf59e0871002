namespace KnowledgeArchive.Core.Extraction;

/// <summary>Detects a file's format, picks its extractor and runs it within the configured time limit.</summary>
public interface IExtractionService
{
    /// <summary>Never throws for a bad file: the reason is in the result.</summary>
    Task<ExtractionOutcome> ExtractAsync(ExtractionRequest request, CancellationToken cancellationToken);
}

/// <summary>Reading a file with nothing more than its path.</summary>
public static class ExtractionServiceExtensions
{
    public static Task<ExtractionOutcome> ExtractAsync(this IExtractionService service, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(service);
        return service.ExtractAsync(new ExtractionRequest(path), cancellationToken);
    }
}
