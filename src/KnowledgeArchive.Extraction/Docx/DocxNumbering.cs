using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace KnowledgeArchive.Extraction.Docx;

/// <summary>
/// Works out the numbers Word prints before numbered paragraphs ("3.", "2.1", "(b)") and the bullets of bulleted
/// ones, from the numbering definitions and the order the paragraphs come in: the text of such numbers is not in
/// the paragraphs themselves.
/// </summary>
internal sealed class DocxNumbering
{
    private readonly Dictionary<int, int> abstractOf = [];
    private readonly Dictionary<int, Dictionary<int, Level>> levels = [];
    private readonly Dictionary<int, int[]> counters = [];

    public DocxNumbering(Numbering? numbering)
    {
        if (numbering is null)
        {
            return;
        }

        foreach (var definition in numbering.Elements<AbstractNum>())
        {
            if (definition.AbstractNumberId?.Value is { } id)
            {
                levels[id] = definition.Elements<Level>()
                    .Where(l => l.LevelIndex?.Value is not null)
                    .GroupBy(l => l.LevelIndex!.Value)
                    .ToDictionary(g => g.Key, g => g.First());
            }
        }

        foreach (var instance in numbering.Elements<NumberingInstance>())
        {
            if (instance.NumberID?.Value is { } num && instance.AbstractNumId?.Val?.Value is { } abstractId)
            {
                abstractOf[num] = abstractId;
            }
        }
    }

    /// <summary>The label of the next paragraph numbered with <paramref name="numberId"/> at <paramref name="level"/>, or null when it prints none.</summary>
    public string? Next(int numberId, int level)
    {
        if (numberId == 0 || !abstractOf.TryGetValue(numberId, out var abstractId) || !levels.TryGetValue(abstractId, out var defined))
        {
            return null;
        }

        level = Math.Clamp(level, 0, 8);
        var count = counters.TryGetValue(abstractId, out var existing) ? existing : counters[abstractId] = new int[9];
        var definition = defined.GetValueOrDefault(level);
        count[level] = count[level] == 0 ? StartOf(definition) : count[level] + 1;
        for (var deeper = level + 1; deeper < count.Length; deeper++)
        {
            count[deeper] = 0;
        }

        if (definition?.NumberingFormat?.Val?.Value == NumberFormatValues.Bullet)
        {
            return "•";
        }

        if (definition?.NumberingFormat?.Val?.Value == NumberFormatValues.None)
        {
            return null;
        }

        var pattern = definition?.LevelText?.Val?.Value ?? $"%{level + 1}.";
        var label = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '%' && i + 1 < pattern.Length && char.IsAsciiDigit(pattern[i + 1]))
            {
                var referenced = pattern[i + 1] - '1';
                if (referenced is >= 0 and < 9)
                {
                    var value = count[referenced] == 0 ? StartOf(defined.GetValueOrDefault(referenced)) : count[referenced];
                    label.Append(Format(value, defined.GetValueOrDefault(referenced)?.NumberingFormat?.Val?.Value));
                }

                i++;
            }
            else
            {
                label.Append(pattern[i]);
            }
        }

        var text = label.ToString().Trim();
        return text.Length == 0 ? null : text;
    }

    private static int StartOf(Level? level) => level?.StartNumberingValue?.Val?.Value ?? 1;

    private static string Format(int value, NumberFormatValues? format)
    {
        if (format == NumberFormatValues.LowerLetter || format == NumberFormatValues.UpperLetter)
        {
            var letters = string.Empty;
            for (var v = Math.Max(1, value); v > 0; v = (v - 1) / 26)
            {
                letters = (char)('a' + ((v - 1) % 26)) + letters;
            }

            return format == NumberFormatValues.UpperLetter ? letters.ToUpperInvariant() : letters;
        }

        if (format == NumberFormatValues.LowerRoman || format == NumberFormatValues.UpperRoman)
        {
            var roman = Roman(value);
            return format == NumberFormatValues.UpperRoman ? roman : roman.ToLowerInvariant();
        }

        return value.ToString(CultureInfo.InvariantCulture);
    }

    private static string Roman(int value)
    {
        (int Value, string Numeral)[] numerals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var text = new StringBuilder();
        foreach (var (v, numeral) in numerals)
        {
            while (value >= v)
            {
                text.Append(numeral);
                value -= v;
            }
        }

        return text.ToString();
    }
}
