namespace KnowledgeArchive.Language.Words;

/// <summary>Words that open a resolution ("RESOLVED:", "Decision:") and labels that open something else ("Action:").</summary>
public sealed record DecisionMarkers
{
    public IReadOnlyList<string> Decision { get; init; } = [];

    public IReadOnlyList<string> NotDecision { get; init; } = [];
}
