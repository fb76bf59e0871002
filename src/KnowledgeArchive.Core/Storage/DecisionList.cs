using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Search;

namespace KnowledgeArchive.Core.Storage;

/// <summary>One page of decisions, how many match in all, and counts of the matches by outcome, CCG, body and year.</summary>
public sealed record DecisionList(int Total, IReadOnlyList<Decision> Items, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets);
