using System.Globalization;
using System.Text;

namespace KnowledgeArchive.Language.Text;

/// <summary>
/// Splits text into words (letters with inner apostrophes), numbers (digits with inner separators, as "2016/17" or
/// "£1.2m") and punctuation. A hyphen between letters splits a word, so "sign-off" and "sign off" read alike.
/// </summary>
public static class Tokenizer
{
    private static readonly RecentTexts<Token[]> Tokenized = new(Read);
    private static readonly RecentTexts<KeptWords> Kept = new(ReadKept);

    /// <summary>The tokens of <paramref name="text"/>; a text read recently on this thread is not read again.</summary>
    public static IReadOnlyList<Token> Tokenize(string text) => Tokenized.Get(text);

    /// <summary>The tokens a phrase is matched against (words, numbers and kept punctuation) with their lower-case forms.</summary>
    public static KeptWords KeptTokens(string text) => Kept.Get(text);

    /// <summary>The lower-case word forms of a phrase, as the tokenizer reads them.</summary>
    public static IReadOnlyList<string> Words(string phrase) => KeptTokens(phrase).Words;

    /// <summary>Punctuation that is part of a phrase to match ("&amp;" in "Q&amp;P", "'" in "chair's" is inside the word).</summary>
    public static bool IsKept(string punctuation) => punctuation is "&" or "£" or "$" or "€" or "#";

    private static KeptWords ReadKept(string text)
    {
        var tokens = Tokenize(text).Where(t => t.Kind != TokenKind.Punctuation || IsKept(t.Text)).ToArray();
        return new KeptWords(tokens, Array.ConvertAll(tokens, t => t.Norm));
    }

    private static Token[] Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>();
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
            if (char.IsLetter(c))
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInnerApostrophe(text, i)))
                {
                    i++;
                }

                tokens.Add(Make(text[start..i], start, TokenKind.Word));
            }
            else if (char.IsDigit(c))
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '.' or ',' or '/' or ':' && i + 1 < text.Length && char.IsDigit(text[i + 1]))))
                {
                    i++;
                }

                tokens.Add(Make(text[start..i], start, TokenKind.Number));
            }
            else
            {
                i++;
                tokens.Add(Make(text[start..i], start, TokenKind.Punctuation));
            }
        }

        return [.. tokens];
    }

    private static bool IsInnerApostrophe(string text, int i) =>
        text[i] is '\'' or '’' && i > 0 && char.IsLetter(text[i - 1]) && i + 1 < text.Length && char.IsLetter(text[i + 1]);

    private static Token Make(string text, int start, TokenKind kind)
    {
        // Most tokens are already in their normal form (lower-case ASCII); those keep the one string.
        var norm = Ascii.IsValid(text) && !text.AsSpan().ContainsAnyInRange('A', 'Z')
            ? text
            : string.Create(text.Length, text, static (span, source) =>
            {
                for (var i = 0; i < source.Length; i++)
                {
                    span[i] = source[i] == '’' ? '\'' : char.ToLower(source[i], CultureInfo.InvariantCulture);
                }
            });
        return new Token(text, norm, start, kind);
    }
}
