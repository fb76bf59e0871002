namespace KnowledgeArchive.Core.Extraction;

/// <summary>Detects a file's format, picks its extractor and runs it within the configured time limit.</summary>
public interface IExtractionService
{
    /// <summary>Never throws for a bad file: the reason is in the result.</summary>
    Task<ExtractionOutcome> ExtractAsync(string path, CancellationToken cancellationToken);
}
