using KnowledgeArchive.Core.Decisions;

namespace KnowledgeArchive.Core.Storage;

/// <summary>One page of decisions and how many match in all.</summary>
public sealed record DecisionList(int Total, IReadOnlyList<Decision> Items);
