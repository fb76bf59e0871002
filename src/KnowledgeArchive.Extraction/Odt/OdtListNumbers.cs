using System.Globalization;

namespace KnowledgeArchive.Extraction.Odt;

/// <summary>
/// Works out the labels a word processor prints before OpenDocument list items ("3.", "2.1", "(b)", bullets): one set
/// of counters per list style, restarted where a list starts afresh and carried on where it continues.
/// </summary>
internal sealed class OdtListNumbers(OdtStyles styles)
{
    private const int Levels = 10;
    private readonly Dictionary<string, int[]> counters = new(StringComparer.Ordinal);

    /// <summary>A new top-level list of this style: its numbers start again unless it continues the one before.</summary>
    public void StartList(string? listStyle, bool continues)
    {
        if (listStyle is not null && !continues)
        {
            counters.Remove(listStyle);
        }
    }

    /// <summary>The label of the next item at <paramref name="level"/> (from 1), or null when the list prints none.</summary>
    public string? Next(string? listStyle, int level, int? startValue)
    {
        level = Math.Clamp(level, 1, Levels);
        var format = styles.Level(listStyle, level);
        if (listStyle is null || format is null)
        {
            return null;
        }

        if (format.Bullet is { } bullet)
        {
            return bullet;
        }

        if (!counters.TryGetValue(listStyle, out var counts))
        {
            counts = new int[Levels + 1];
            counters[listStyle] = counts;
        }

        counts[level] = startValue ?? counts[level] + 1;
        Array.Clear(counts, level + 1, Levels - level);
        if (format.Format is null)
        {
            return null;
        }

        var parts = Enumerable.Range(level - format.DisplayLevels + 1, format.DisplayLevels)
            .Select(l => Format(Math.Max(counts[l], 1), styles.Level(listStyle, l)?.Format ?? "1"));
        return format.Prefix + string.Join('.', parts) + format.Suffix;
    }

    private static string Format(int number, string format) => format switch
    {
        "a" => Letters(number, 'a'),
        "A" => Letters(number, 'A'),
        "i" => Roman(number).ToLowerInvariant(),
        "I" => Roman(number),
        _ => number.ToString(CultureInfo.InvariantCulture),
    };

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
        (int Value, string Numeral)[] numerals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var text = new System.Text.StringBuilder();
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
