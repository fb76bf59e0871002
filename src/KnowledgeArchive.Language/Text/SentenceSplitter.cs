namespace KnowledgeArchive.Language.Text;

/// <summary>
/// Splits a paragraph into sentences at a full stop, question or exclamation mark followed by a space and a capital,
/// digit, quote or bracket; not after an abbreviation the phrasebook lists ("Dr.", "No.", "e.g."), a single initial,
/// or inside a number.
/// </summary>
public sealed class SentenceSplitter(IEnumerable<string> abbreviations)
{
    private readonly HashSet<string> abbreviations = new(abbreviations.Select(a => a.TrimEnd('.').ToLowerInvariant()), StringComparer.Ordinal);

    /// <summary>The sentences of <paramref name="text"/>: where each starts and how long it is, trimmed.</summary>
    public IReadOnlyList<(int Start, int Length)> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('.' or '?' or '!') || !EndsHere(text, i))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && text[end] is '"' or '”' or '’' or '\'' or ')')
            {
                end++;
            }

            Add(start, end);
            start = end;
        }

        Add(start, text.Length);
        return sentences;

        void Add(int from, int to)
        {
            while (from < to && char.IsWhiteSpace(text[from]))
            {
                from++;
            }

            while (to > from && char.IsWhiteSpace(text[to - 1]))
            {
                to--;
            }

            if (to > from)
            {
                sentences.Add((from, to - from));
            }
        }
    }

    private bool EndsHere(string text, int i)
    {
        var next = i + 1;
        while (next < text.Length && text[next] is '"' or '”' or '’' or '\'' or ')')
        {
            next++;
        }

        if (next >= text.Length)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[next]))
        {
            return false;
        }

        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (next >= text.Length || !(char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '"' or '“' or '‘' or '(' or '[' or '•'))
        {
            return false;
        }

        if (text[i] != '.')
        {
            return true;
        }

        // The word before the full stop: an abbreviation or a lone initial does not end a sentence.
        var wordStart = i;
        while (wordStart > 0 && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..i].ToLowerInvariant();
        return word.Length > 0 && !abbreviations.Contains(word) && !(word.Length == 1 && char.IsLetter(word[0]));
    }
}
