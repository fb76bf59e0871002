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
}
