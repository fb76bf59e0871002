namespace KnowledgeArchive.Client.Contracts;

/// <summary>A page of decisions, how many match in all, and counts of the matches by outcome, ccg, body and year.</summary>
public sealed record DecisionListDto(
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<DecisionDto> Items,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValueDto>> Facets);
