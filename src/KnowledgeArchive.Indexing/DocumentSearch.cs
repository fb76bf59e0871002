using KnowledgeArchive.Core.Search;
using Lucene.Net.Search;

namespace KnowledgeArchive.Indexing;

/// <summary>
/// Runs a search up to the point where stored fields would be read: documents with every word on one page come
/// first, then those with some of the words, each best first, found in one pass over the pages with some of the words
/// that checks each against the query with every word.
/// </summary>
internal sealed class DocumentSearch(SearchQueryBuilder queries)
{
    /// <summary>Collects <paramref name="query"/> on <paramref name="searcher"/>, ranking its first <paramref name="depth"/> documents.</summary>
    /// <exception cref="InvalidQueryException">The text cannot be run.</exception>
    /// <exception cref="SearchTimeoutException">The search ran past <paramref name="deadline"/>.</exception>
    public CollectedSearch Collect(IndexSearcher searcher, SearchQuery query, int depth, SearchDeadline deadline)
    {
        var text = queries.ParseText(query.Text);
        var every = text is null || ReferenceEquals(text.Every, text.Some)
            ? null
            : searcher.CreateNormalizedWeight(SearchQueryBuilder.Build(query, text.Every));
        using var collector = new TieredDocumentCollector(every, deadline);
        searcher.Search(SearchQueryBuilder.Build(query, text?.Some), collector);
        var terms = text is null ? [] : QueryTerms.Of(searcher, text.Some);
        var ranked = TopDocuments.Select(collector.Segments, query.Sort, 0, depth);
        return new CollectedSearch(collector.Total, collector.CountFacets(), ranked, terms);
    }
}
