namespace KnowledgeArchive.Language.Text;

public enum TokenKind
{
    Word,
    Number,
    Punctuation,
}
