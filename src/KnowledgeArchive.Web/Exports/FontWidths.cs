using UglyToad.PdfPig.Fonts.Standard14Fonts;

namespace KnowledgeArchive.Web.Exports;

/// <summary>The widths of a standard 14 font's characters from its Adobe metrics, in ems, for wrapping text to a measure.</summary>
public sealed class FontWidths
{
    private readonly Dictionary<int, double> _widths;
    private readonly double _widest;

    public FontWidths(Standard14Font font)
    {
        _widths = Standard14.GetAdobeFontMetrics(font).CharacterMetrics.Values
            .Where(m => m.CharacterCode >= 0)
            .GroupBy(m => m.CharacterCode)
            .ToDictionary(g => g.Key, g => g.First().Width.X / 1000);
        _widest = _widths.Values.Max();
    }

    /// <summary>The width of a character in ems; one the metrics do not give counts as the widest, so a line never overruns.</summary>
    public double Of(char c) => _widths.TryGetValue(c, out var width) ? width : _widest;
}
