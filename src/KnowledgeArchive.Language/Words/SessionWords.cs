namespace KnowledgeArchive.Language.Words;

/// <summary>How a meeting or its minutes say they were held in private (Part 2) or in public.</summary>
public sealed record SessionWords
{
    public IReadOnlyList<string> Private { get; init; } = [];

    public IReadOnlyList<string> Public { get; init; } = [];

    /// <summary>
    /// Words in a file's or folder's name that make the file restricted from the moment it arrives, before anyone
    /// has read it ("Part 2", "private", "in committee").
    /// </summary>
    public IReadOnlyList<string> RestrictedNames { get; init; } = [];
}
