namespace KnowledgeArchive.Core.Search;

/// <summary>A page of hits, the total number of matching documents, and facet counts over all of them.</summary>
public sealed record SearchResults(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets)
{
    public static SearchResults Empty { get; } = new(0, [], new Dictionary<string, IReadOnlyList<FacetValue>>());

    /// <summary>How a question in words was reduced to its content words; null when the text was searched as written.</summary>
    public QueryReading? Reading { get; init; }

    /// <summary>
    /// The searched text with words the archive does not hold replaced by the nearest words it does ("glutin" becomes
    /// "gluten"); null when every word is known or nothing near enough is.
    /// </summary>
    public string? DidYouMean { get; init; }

    /// <summary>Other names for the words searched for (the configured synonyms), for a user whose search found little.</summary>
    public IReadOnlyList<string> Related { get; init; } = [];
}
