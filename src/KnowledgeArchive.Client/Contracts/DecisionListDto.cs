namespace KnowledgeArchive.Client.Contracts;

/// <summary>A page of decisions and how many match in all.</summary>
public sealed record DecisionListDto(int Total, int Page, int PageSize, IReadOnlyList<DecisionDto> Items);
