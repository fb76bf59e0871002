namespace KnowledgeArchive.Core.Search;

/// <summary>A facet value and how many matching documents carry it.</summary>
public sealed record FacetValue(string Value, int Count);
