namespace KnowledgeArchive.Core.Extraction;

/// <summary>
/// The request an extractor is serving, for the few that need more than the file (a password, OCR forced, where to
/// write attachments). Scoped to the current asynchronous flow: concurrent extractions never see each other's.
/// </summary>
public static class ExtractionContext
{
    private static readonly AsyncLocal<ExtractionRequest?> Ambient = new();

    /// <summary>The request being served in this flow; null outside an extraction.</summary>
    public static ExtractionRequest? Current => Ambient.Value;

    /// <summary>Serves <paramref name="request"/> in this flow until the returned scope is disposed.</summary>
    public static IDisposable Enter(ExtractionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var outer = Ambient.Value;
        Ambient.Value = request;
        return new Scope(outer);
    }

    private sealed class Scope(ExtractionRequest? outer) : IDisposable
    {
        public void Dispose() => Ambient.Value = outer;
    }
}
