namespace KnowledgeArchive.Core.Extraction;

/// <summary>What a file's own properties claim. Often blank or wrong in real archives: evidence, not truth.</summary>
public sealed record FileProperties(
    string? Title = null,
    string? Author = null,
    string? Subject = null,
    DateTimeOffset? Created = null,
    DateTimeOffset? Modified = null)
{
    public static FileProperties None { get; } = new();
}
