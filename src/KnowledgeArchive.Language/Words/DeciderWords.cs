namespace KnowledgeArchive.Language.Words;

/// <summary>Who can take a decision: the head words of deciding bodies ("board", "committee", "members") and collective subjects.</summary>
public sealed record DeciderWords
{
    public IReadOnlyList<string> Heads { get; init; } = [];

    public IReadOnlyList<string> CollectiveMembers { get; init; } = [];
}
