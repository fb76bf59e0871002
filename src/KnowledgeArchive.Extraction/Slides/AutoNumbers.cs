using System.Globalization;
using System.Text;

namespace KnowledgeArchive.Extraction.Slides;

/// <summary>
/// Counts the numbers a slide prints before auto-numbered paragraphs (<c>a:buAutoNum</c>): numbering at a level runs on
/// while paragraphs at that level keep it, and starts again after a paragraph at that level or above that has none.
/// </summary>
internal sealed class AutoNumbers
{
    private const int Levels = 9;
    private readonly int[] counts = new int[Levels + 1];

    /// <summary>
    /// The label of a numbered paragraph at <paramref name="level"/> (from 1) in <paramref name="scheme"/>
    /// ("arabicPeriod", "alphaLcParenR").
    /// </summary>
    public string Next(int level, string? scheme, int? startAt)
    {
        level = Math.Clamp(level, 1, Levels);
        counts[level] = counts[level] == 0 ? Math.Max(startAt ?? 1, 1) : counts[level] + 1;
        Array.Clear(counts, level + 1, Levels - level);
        return Format(counts[level], scheme ?? "arabicPeriod");
    }

    /// <summary>A paragraph without a number at <paramref name="level"/>: numbering there and below starts again.</summary>
    public void Break(int level)
    {
        level = Math.Clamp(level, 1, Levels);
        Array.Clear(counts, level, Levels + 1 - level);
    }

    private static string Format(int number, string scheme)
    {
        var digits = scheme.StartsWith("alphaLc", StringComparison.Ordinal) ? Letters(number, 'a')
            : scheme.StartsWith("alphaUc", StringComparison.Ordinal) ? Letters(number, 'A')
            : scheme.StartsWith("romanLc", StringComparison.Ordinal) ? Roman(number).ToLowerInvariant()
            : scheme.StartsWith("romanUc", StringComparison.Ordinal) ? Roman(number)
            : number.ToString(CultureInfo.InvariantCulture);
        return scheme.EndsWith("ParenBoth", StringComparison.Ordinal) ? $"({digits})"
            : scheme.EndsWith("ParenR", StringComparison.Ordinal) ? $"{digits})"
            : scheme.EndsWith("Period", StringComparison.Ordinal) ? $"{digits}."
            : digits;
    }

    private static string Letters(int number, char first)
    {
        var text = string.Empty;
        for (var n = number; n > 0; n = (n - 1) / 26)
        {
            text = (char)(first + ((n - 1) % 26)) + text;
        }

        return text;
    }

    private static string Roman(int number)
    {
        (int Value, string Numeral)[] numerals =
        [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
            (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ];
        var text = new StringBuilder();
        foreach (var (value, numeral) in numerals)
        {
            for (; number >= value && text.Length < 64; number -= value)
            {
                text.Append(numeral);
            }
        }

        return text.ToString();
    }
}
