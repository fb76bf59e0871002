namespace KnowledgeArchive.Core.Storage;

/// <summary>
/// The catalog's change feed: every save that changes what a search may show of a document (read, read again,
/// quarantined, restricted, placed under another CCG or ICB, its sensitivity set) gives that document the next number
/// of one sequence, in the save's own transaction. Sequences are handed out in commit order, so whoever has applied
/// every change up to <c>N</c> has missed none below it. The feed keeps each document's latest change only.
/// </summary>
public interface ICatalogFeed
{
    /// <summary>The sequence of the latest change committed (0 for a catalog with none).</summary>
    Task<long> SequenceAsync(CancellationToken cancellationToken);

    /// <summary>Documents changed after <paramref name="sequence"/>, by sequence, at most <paramref name="limit"/> of them.</summary>
    Task<IReadOnlyList<CatalogChange>> ChangesAfterAsync(long sequence, int limit, CancellationToken cancellationToken);
}
