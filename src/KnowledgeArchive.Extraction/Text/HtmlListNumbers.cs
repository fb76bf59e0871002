using System.Globalization;
using System.Text;

namespace KnowledgeArchive.Extraction.TextFiles;

/// <summary>The label a browser prints before a list item: "4.", "d.", "iv." for an ordered list by its type, a bullet otherwise.</summary>
internal static class HtmlListNumbers
{
    public const string Bullet = "•";

    public static string Label(int number, string? type) => (type?.Trim() switch
    {
        "a" when number > 0 => Letters(number, 'a'),
        "A" when number > 0 => Letters(number, 'A'),
        "i" when number is > 0 and < 4000 => Roman(number).ToLowerInvariant(),
        "I" when number is > 0 and < 4000 => Roman(number),
        _ => number.ToString(CultureInfo.InvariantCulture),
    }) + ".";

    private static string Letters(int number, char first)
    {
        var text = new StringBuilder();
        for (var n = number; n > 0; n = (n - 1) / 26)
        {
            text.Insert(0, (char)(first + ((n - 1) % 26)));
        }

        return text.ToString();
    }

    private static string Roman(int number)
    {
        (int Value, string Numeral)[] numerals =
        [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"),
            (5, "V"), (4, "IV"), (1, "I"),
        ];
        var text = new StringBuilder();
        foreach (var (value, numeral) in numerals)
        {
            for (; number >= value; number -= value)
            {
                text.Append(numeral);
            }
        }

        return text.ToString();
    }
}
