namespace KnowledgeArchive.Language.Words;

/// <summary>Title words that say what a document is, and the labels of a policy's document control.</summary>
public sealed record DocumentTypeWords
{
    public IReadOnlyList<string> Minutes { get; init; } = [];

    public IReadOnlyList<string> Policy { get; init; } = [];

    public IReadOnlyList<string> Handover { get; init; } = [];

    public IReadOnlyList<string> Report { get; init; } = [];

    public IReadOnlyList<string> PolicyControl { get; init; } = [];

    /// <summary>Phrases that open a minutes title ("Minutes of the", "Confirmed minutes").</summary>
    public IReadOnlyList<string> MinutesTitle { get; init; } = [];
}
