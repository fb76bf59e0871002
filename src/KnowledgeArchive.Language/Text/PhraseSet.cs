namespace KnowledgeArchive.Language.Text;

/// <summary>A list of phrases from the phrasebook, found in a text word by word, whatever its case and punctuation.</summary>
public sealed class PhraseSet
{
    private readonly PhraseTrie<string> trie = new();

    public PhraseSet(IEnumerable<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        foreach (var phrase in phrases)
        {
            trie.Add(phrase, phrase);
        }
    }

    /// <summary>Every listed phrase in <paramref name="text"/>, longest first at each place: the phrase and the character range it covers.</summary>
    public IReadOnlyList<(string Phrase, int Start, int End)> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (tokens, words) = Tokenizer.KeptTokens(text);
        return trie.FindAll(words).Select(f => (f.Values[0], tokens[f.Start].Start, tokens[f.Start + f.Length - 1].End)).ToList();
    }

    public bool IsIn(string text) => FindAll(text).Count > 0;

    /// <summary>Whether the whole text is one of the phrases.</summary>
    public bool IsWhole(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return trie.Contains(Tokenizer.Words(text));
    }

    /// <summary>Whether the text starts with one of the phrases.</summary>
    public bool StartsText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return trie.Longest(Tokenizer.Words(text), 0) is not null;
    }
}
