namespace KnowledgeArchive.Language.Words;

/// <summary>What English spelling rules cannot derive: irregular verbs' past forms and verbs that double their last consonant.</summary>
public sealed record VerbForms
{
    public string? Description { get; init; }

    /// <summary>Base form to [past, past participle].</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Irregular { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public IReadOnlyList<string> DoubleFinalConsonant { get; init; } = [];
}
