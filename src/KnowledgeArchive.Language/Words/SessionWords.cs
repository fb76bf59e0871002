namespace KnowledgeArchive.Language.Words;

/// <summary>How a meeting or its minutes say they were held in private (Part 2) or in public.</summary>
public sealed record SessionWords
{
    public IReadOnlyList<string> Private { get; init; } = [];

    public IReadOnlyList<string> Public { get; init; } = [];
}
