namespace KnowledgeArchive.Core.Search;

/// <summary>
/// Which catalog sequence (<see cref="Storage.ICatalogFeed"/>) this node's searches reflect: every change up to it is
/// in what they search. A client that has just ingested asks a search for "at least N" with it.
/// </summary>
public interface ISearchSequence
{
    /// <summary>The sequence searches reflect now.</summary>
    ValueTask<long> CurrentAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Waits until searches reflect at least <paramref name="sequence"/>, or <paramref name="wait"/> has passed;
    /// returns the sequence they reflect then (less than asked for when it was not reached in time).
    /// </summary>
    Task<long> WaitForAsync(long sequence, TimeSpan wait, CancellationToken cancellationToken);
}
