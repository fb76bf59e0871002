using System.Globalization;

namespace KnowledgeArchive.Extraction.Slides;

/// <summary>Reads OpenDocument lengths ("2.5cm", "10mm", "1in", "72pt") as millimetres, to compare where shapes stand.</summary>
internal static class OdfLength
{
    private static readonly (string Unit, double Millimetres)[] Units =
        [("mm", 1), ("cm", 10), ("in", 25.4), ("pt", 25.4 / 72), ("pc", 25.4 / 6), ("px", 25.4 / 96)];

    /// <summary>The length in millimetres, or 0 when there is none or it cannot be read.</summary>
    public static double Millimetres(string? length)
    {
        if (string.IsNullOrWhiteSpace(length))
        {
            return 0;
        }

        var text = length.Trim();
        foreach (var (unit, millimetres) in Units)
        {
            if (text.EndsWith(unit, StringComparison.OrdinalIgnoreCase)
                && double.TryParse(text[..^unit.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return value * millimetres;
            }
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var plain) ? plain : 0;
    }
}
