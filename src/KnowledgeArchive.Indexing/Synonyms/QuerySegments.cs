namespace KnowledgeArchive.Indexing.Synonyms;

/// <summary>
/// Splits query text into the parts the query language reads: phrases, ranges, brackets, operators, field
/// values, marked words and plain words. Only plain words may be rewritten; the rest is kept as written.
/// </summary>
internal static class QuerySegments
{
    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal) { "AND", "OR", "NOT", "&&", "||" };

    public static List<QuerySegment> Split(string text)
    {
        var segments = new List<QuerySegment>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (c is '(' or ')')
            {
                segments.Add(new QuerySegment(start, 1, text.Substring(start, 1), false));
                i++;
                continue;
            }

            if (c is '"' or '[' or '{')
            {
                i = SkipEnclosed(text, i);
                i = SkipWord(text, i);
                segments.Add(new QuerySegment(start, i - start, text[start..i], false));
                continue;
            }

            i = SkipWord(text, i);
            var word = text[start..i];
            var plain = word.IndexOfAny([':', '*', '?', '~', '^', '\\']) < 0 && word[0] is not ('+' or '-' or '!') && !Operators.Contains(word);
            if (word.EndsWith(':') && i < text.Length && text[i] is '"' or '[' or '{')
            {
                // field:"value" or field:[range]: the value belongs to the field.
                i = SkipWord(text, SkipEnclosed(text, i));
                word = text[start..i];
            }

            segments.Add(new QuerySegment(start, i - start, word, plain));
        }

        return segments;
    }

    private static int SkipEnclosed(string text, int i)
    {
        var close = text[i] switch { '"' => '"', '[' => ']', _ => '}' };
        i++;
        while (i < text.Length && text[i] != close)
        {
            i += text[i] == '\\' ? 2 : 1;
        }

        return Math.Min(text.Length, i + 1);
    }

    private static int SkipWord(string text, int i)
    {
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('(' or ')' or '"'))
        {
            i += text[i] == '\\' ? 2 : 1;
        }

        return Math.Min(text.Length, i);
    }
}

/// <summary>A part of query text: where it is, what it says, and whether it is a plain word.</summary>
internal sealed record QuerySegment(int Start, int Length, string Text, bool IsPlainWord);
