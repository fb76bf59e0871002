namespace KnowledgeArchive.Language.Words;

/// <summary>Column headings and row labels of decision logs, recommendation boxes and action logs, by what the column holds.</summary>
public sealed record TableHeadings
{
    public IReadOnlyList<string> Reference { get; init; } = [];

    public IReadOnlyList<string> Decision { get; init; } = [];

    public IReadOnlyList<string> Recommendation { get; init; } = [];

    public IReadOnlyList<string> Outcome { get; init; } = [];

    public IReadOnlyList<string> Subject { get; init; } = [];

    public IReadOnlyList<string> Date { get; init; } = [];

    public IReadOnlyList<string> Body { get; init; } = [];

    public IReadOnlyList<string> Action { get; init; } = [];
}
