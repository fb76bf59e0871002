namespace KnowledgeArchive.Language.Words;

/// <summary>The labels of a policy's document-control fields.</summary>
public sealed record PolicyFieldWords
{
    public IReadOnlyList<string> Reference { get; init; } = [];

    public IReadOnlyList<string> Version { get; init; } = [];

    public IReadOnlyList<string> ApprovedBy { get; init; } = [];

    public IReadOnlyList<string> RatifiedBy { get; init; } = [];

    public IReadOnlyList<string> ApprovedOn { get; init; } = [];

    public IReadOnlyList<string> ReviewDate { get; init; } = [];

    public IReadOnlyList<string> Supersedes { get; init; } = [];

    public IReadOnlyList<string> Owner { get; init; } = [];

    public IReadOnlyList<string> VersionHistory { get; init; } = [];
}
