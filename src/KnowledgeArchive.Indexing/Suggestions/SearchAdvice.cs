namespace KnowledgeArchive.Indexing.Suggestions;

/// <summary>What a search suggests besides its hits: the text with unknown words corrected, and the searched words' other names.</summary>
/// <param name="DidYouMean">The text with the words no visible page holds replaced by the nearest ones that do; null when there are none.</param>
/// <param name="Related">Other names, from the configured synonyms, of the words searched for.</param>
internal sealed record SearchAdvice(string? DidYouMean, IReadOnlyList<string> Related)
{
    public static SearchAdvice None { get; } = new(null, []);
}
