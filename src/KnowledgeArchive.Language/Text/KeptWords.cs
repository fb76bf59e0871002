namespace KnowledgeArchive.Language.Text;

/// <summary>The tokens of a text a phrase is matched against, and their lower-case forms, one for one.</summary>
public sealed record KeptWords(IReadOnlyList<Token> Tokens, IReadOnlyList<string> Words);
