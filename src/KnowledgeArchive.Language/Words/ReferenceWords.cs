namespace KnowledgeArchive.Language.Words;

/// <summary>Words printed with item references ("Minute No.", "Item") and the affixes that mark private items ("P", "CONF").</summary>
public sealed record ReferenceWords
{
    public IReadOnlyList<string> PrefixWords { get; init; } = [];

    /// <summary>Prefix words of labels that restart at every meeting ("Item 7.2", "Paper D"), not of references ("Minute 23/19").</summary>
    public IReadOnlyList<string> LabelPrefixWords { get; init; } = [];

    public IReadOnlyList<string> PrivateAffixes { get; init; } = [];

    public IReadOnlyList<string> CitationWords { get; init; } = [];

    /// <summary>Names printed in the shape of a reference that are never one ("COVID-19"), compared whole and ignoring case.</summary>
    public IReadOnlyList<string> NotReferences { get; init; } = [];
}
