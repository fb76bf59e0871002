using KnowledgeArchive.Language.Text;

namespace KnowledgeArchive.Language.Decisions;

/// <summary>A sentence's words (punctuation set aside) with their lower-case forms, and the punctuation that separates them.</summary>
internal sealed class TokenView
{
    public TokenView(string text)
    {
        Text = text;
        Tokens = Tokenizer.Tokenize(text);
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (Tokens[i].Kind != TokenKind.Punctuation || Tokenizer.IsKept(Tokens[i].Text))
            {
                Index.Add(i);
            }
        }

        Norms = Index.Select(i => Tokens[i].Norm).ToList();
    }

    public string Text { get; }

    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>For each word, its token's index.</summary>
    public List<int> Index { get; } = [];

    public IReadOnlyList<string> Norms { get; }

    public int Count => Norms.Count;

    public Token Word(int i) => Tokens[Index[i]];

    /// <summary>The punctuation between word <paramref name="left"/> and the next word.</summary>
    public string Between(int left)
    {
        var from = left < 0 ? 0 : Index[left] + 1;
        var to = left + 1 < Index.Count ? Index[left + 1] : Tokens.Count;
        switch (to - from)
        {
            case <= 0:
                return string.Empty;
            case 1:
                return Tokens[from].Text;
            default:
                var between = new System.Text.StringBuilder();
                for (var i = from; i < to; i++)
                {
                    between.Append(Tokens[i].Text);
                }

                return between.ToString();
        }
    }

    /// <summary>Whether punctuation between two words ends a clause (semicolon, colon, dash, bracket).</summary>
    public bool ClauseBreakAfter(int left) => Between(left).Any(c => c is ';' or ':' or '(' or ')' or '—' or '–' or '[' or ']');

    public bool CommaAfter(int left) => Between(left).Contains(',', StringComparison.Ordinal);

    public int CharStart(int word) => Word(word).Start;

    public int CharEnd(int word) => Word(word).End;

    public string Slice(int from, int toExclusive) =>
        from >= toExclusive || from >= Count ? string.Empty : Text[CharStart(from)..CharEnd(Math.Min(toExclusive, Count) - 1)];
}
