namespace KnowledgeArchive.Core.Search;

/// <summary>A page of hits, the total number of matching documents, and facet counts over all of them.</summary>
public sealed record SearchResults(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets)
{
    public static SearchResults Empty { get; } = new(0, [], new Dictionary<string, IReadOnlyList<FacetValue>>());
}
