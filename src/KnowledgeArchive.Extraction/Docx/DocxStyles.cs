using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace KnowledgeArchive.Extraction.Docx;

/// <summary>What a Word document's styles say about a paragraph: whether it is a heading (and its level), bold, or numbered.</summary>
internal sealed class DocxStyles
{
    private const int MaxDepth = 12;
    private readonly Dictionary<string, Style> byId;

    public DocxStyles(Styles? styles)
    {
        byId = styles?.Elements<Style>()
            .Where(s => s.StyleId?.Value is not null)
            .GroupBy(s => s.StyleId!.Value!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal) ?? [];
    }

    /// <summary>The heading level a paragraph style gives (1 for Title and Heading 1), or null for body styles.</summary>
    public int? HeadingLevel(string? styleId)
    {
        foreach (var style in Chain(styleId))
        {
            var name = style.StyleName?.Val?.Value ?? style.StyleId?.Value ?? string.Empty;
            if (name.Equals("Title", StringComparison.OrdinalIgnoreCase))
            {
                return 1;
            }

            if (name.StartsWith("heading", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(name.AsSpan(7).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var level))
            {
                return Math.Clamp(level, 1, 9);
            }

            if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } outline && outline < 9)
            {
                return outline + 1;
            }
        }

        return null;
    }

    /// <summary>Whether a paragraph or character style makes its text bold.</summary>
    public bool IsBold(string? styleId)
    {
        foreach (var style in Chain(styleId))
        {
            if (style.StyleRunProperties?.Bold is { } bold)
            {
                return bold.Val is null || bold.Val.Value;
            }
        }

        return false;
    }

    /// <summary>Whether a paragraph style is a list style ("List Paragraph", "List Bullet", "List Number 2").</summary>
    public bool IsList(string? styleId) =>
        Chain(styleId).Any(s => (s.StyleName?.Val?.Value ?? string.Empty).StartsWith("List", StringComparison.OrdinalIgnoreCase));

    /// <summary>The numbering a paragraph style carries (heading styles linked to a numbering scheme), or null.</summary>
    public NumberingProperties? Numbering(string? styleId) =>
        Chain(styleId).Select(s => s.StyleParagraphProperties?.NumberingProperties).FirstOrDefault(n => n is not null);

    private IEnumerable<Style> Chain(string? styleId)
    {
        var seen = 0;
        while (styleId is not null && seen++ < MaxDepth && byId.TryGetValue(styleId, out var style))
        {
            yield return style;
            styleId = style.BasedOn?.Val?.Value;
        }
    }
}
