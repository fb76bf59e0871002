namespace KnowledgeArchive.Core.Extraction;

/// <summary>
/// Hears that a file's scanned pages wait for OCR. An extraction service with an OCR lane calls
/// <see cref="AwaitingOcr"/> when the file leaves the reading slots to wait there, and disposes what it returned once
/// OCR is done with the file (read, failed or given up), so a caller can step aside meanwhile and count the pages.
/// </summary>
public interface IOcrWaitListener
{
    /// <summary>The file's <paramref name="pages"/> pages now wait for OCR; dispose the result when OCR is done with them (null: nothing to end).</summary>
    IDisposable? AwaitingOcr(int pages);
}
