namespace KnowledgeArchive.Core.Search;

/// <summary>The full-text index, derived from the catalog and rebuildable from it. One process owns the writer.</summary>
public interface ISearchIndex
{
    /// <summary>Adds or replaces a document (update by id). Visible to searches once committed and published.</summary>
    Task IndexAsync(IndexedDocument document, CancellationToken cancellationToken);

    Task DeleteAsync(string documentId, CancellationToken cancellationToken);

    /// <summary>Makes indexed changes durable and visible to new searches.</summary>
    Task CommitAsync(CancellationToken cancellationToken);

    /// <summary>Makes indexed changes durable without showing them to searches yet: <see cref="Publish"/> shows them.</summary>
    Task CommitUnpublishedAsync(CancellationToken cancellationToken);

    /// <summary>Shows committed changes to new searches.</summary>
    void Publish();

    /// <summary>
    /// The catalog sequence (<see cref="Storage.ICatalogFeed"/>) whose changes, and every one before it, the index's last
    /// commit holds: kept with the commit, so it survives a restart; 0 for a new, cleared or lost index.
    /// </summary>
    long CatalogSequence { get; }

    /// <summary>Commits indexed changes as <see cref="CommitAsync"/> does, recording that they reach <paramref name="catalogSequence"/>.</summary>
    Task CommitThroughAsync(long catalogSequence, CancellationToken cancellationToken);

    /// <summary>
    /// Runs a search. Throws <see cref="InvalidQueryException"/> for query text that cannot be run, and
    /// <see cref="SearchTimeoutException"/> when it runs longer than the archive allows.
    /// </summary>
    SearchResults Search(SearchQuery query);

    /// <summary>
    /// Marks the words of a query, as a search matches them (stemming, synonyms, prefixes), in a document's pages.
    /// Throws <see cref="InvalidQueryException"/> for query text that cannot be run.
    /// </summary>
    IReadOnlyList<MarkedPage> MarkHits(string queryText, IReadOnlyList<Documents.PageText> pages);

    /// <summary>
    /// Other documents about the same things as this one ("more like this"), most alike first: found by the words that
    /// are frequent in its pages and rare in the archive; only records <paramref name="scope"/> may see.
    /// </summary>
    IReadOnlyList<SearchHit> MoreLikeThis(string documentId, IReadOnlyList<Documents.PageText> pages, int count, Security.RecordScope scope);

    /// <summary>Whether a committed document with this id is in the index.</summary>
    bool Contains(string documentId);

    /// <summary>Number of documents in the index (as of the last refresh).</summary>
    int DocumentCount { get; }
}
