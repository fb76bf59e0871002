namespace KnowledgeArchive.Client.Contracts;

/// <summary>A facet value and the number of matching documents that carry it.</summary>
public sealed record FacetValueDto(string Value, int Count);
