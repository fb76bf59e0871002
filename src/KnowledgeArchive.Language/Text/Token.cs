namespace KnowledgeArchive.Language.Text;

/// <summary>A word, number or punctuation mark of a text, where it stands, and its lower-case form for matching.</summary>
public readonly record struct Token(string Text, string Norm, int Start, TokenKind Kind)
{
    public int End => Start + Text.Length;

    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>Written in capitals throughout ("APPROVED", not "A" or "GB19").</summary>
    public bool IsUpper => Kind == TokenKind.Word && Text.Length > 1 && Text.Any(char.IsLetter) && !Text.Any(char.IsLower);

    public bool IsCapitalised => Text.Length > 0 && char.IsUpper(Text[0]);

    public override string ToString() => Text;
}
