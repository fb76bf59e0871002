using System.Collections.Concurrent;

namespace KnowledgeArchive.Ingestion;

/// <summary>
/// Requests waiting for the next extraction of their document, by document id, in memory only: a restart forgets
/// them (a password with them), and the document is read as it would be without.
/// </summary>
public sealed class OneOffExtractions
{
    private readonly ConcurrentDictionary<string, OneOffExtraction> waiting = new(StringComparer.Ordinal);

    /// <summary>Asks the next extraction of <paramref name="documentId"/> for <paramref name="request"/>, in place of any asked before.</summary>
    public void Put(string documentId, OneOffExtraction request)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        ArgumentNullException.ThrowIfNull(request);
        waiting[documentId] = request;
    }

    /// <summary>The request waiting for <paramref name="documentId"/>, which only one extraction gets; null when there is none.</summary>
    public OneOffExtraction? Take(string documentId) => waiting.TryRemove(documentId, out var request) ? request : null;
}
