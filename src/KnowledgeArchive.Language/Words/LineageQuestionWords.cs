namespace KnowledgeArchive.Language.Words;

/// <summary>How lineage questions in words say what they ask: the cues of each kind of answer, the words that ask where something began, and the words that carry no subject.</summary>
public sealed record LineageQuestionWords
{
    /// <summary>By kind of answer (transfer, ratification, deferral, harmonisation, history): the words that ask for it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Asks { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Words that ask where something began ("first approved", "originally").</summary>
    public IReadOnlyList<string> First { get; init; } = [];

    /// <summary>Words of a question that name no subject ("which", "decision", "outcome").</summary>
    public IReadOnlyList<string> StopWords { get; init; } = [];
}
