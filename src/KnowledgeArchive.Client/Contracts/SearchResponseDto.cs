namespace KnowledgeArchive.Client.Contracts;

/// <summary>A page of search hits, the total of matching documents, and facet counts keyed by facet name (<c>ccg</c>, <c>icb</c>, <c>type</c>, <c>body</c>, <c>year</c>).</summary>
public sealed record SearchResponseDto(
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<SearchHitDto> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValueDto>> Facets)
{
    /// <summary>Decisions of the hits on this page whose words match, when asked for with <c>decisions=true</c>; otherwise null.</summary>
    public IReadOnlyList<DecisionHitDto>? Decisions { get; init; }

    /// <summary>
    /// The text with words the archive does not hold replaced by the nearest words it does ("glutin" becomes "gluten"),
    /// to search for instead; null when there is nothing to suggest.
    /// </summary>
    public string? DidYouMean { get; init; }

    /// <summary>
    /// When <c>q</c> was a question in words, the content words searched for (question and meeting words left out);
    /// null when the text was searched as written.
    /// </summary>
    public string? SearchedFor { get; init; }

    /// <summary>
    /// The catalog sequence this search reflects: every change to the catalog up to it (documents read, quarantined,
    /// restricted…) is in what was searched. Also sent as the <c>X-Catalog-Sequence</c> header.
    /// </summary>
    public long CatalogSequence { get; init; }
}
