using System.Xml.Linq;
using static KnowledgeArchive.Extraction.Odt.OdfNames;

namespace KnowledgeArchive.Extraction.Odt;

/// <summary>
/// What an OpenDocument text's styles say about its paragraphs and runs: bold, a heading's outline level, a page break
/// before, and how each list style numbers its levels. Named styles (styles.xml) and automatic ones (content.xml) are
/// read together, each following its parent.
/// </summary>
internal sealed class OdtStyles
{
    private const int MaxDepth = 32;
    private readonly Dictionary<(string Family, string Name), XElement> styles = [];
    private readonly Dictionary<string, XElement> listStyles = new(StringComparer.Ordinal);

    public OdtStyles(params XDocument?[] documents)
    {
        foreach (var document in documents.OfType<XDocument>())
        {
            foreach (var style in document.Descendants(Style + "style"))
            {
                if (style.Attribute(Style + "name")?.Value is { } name)
                {
                    styles[(style.Attribute(Style + "family")?.Value ?? string.Empty, name)] = style;
                }
            }

            foreach (var list in document.Descendants(Text + "list-style"))
            {
                if (list.Attribute(Style + "name")?.Value is { } name)
                {
                    listStyles[name] = list;
                }
            }
        }
    }

    public bool IsBold(string family, string? name) =>
        Resolve(family, name, s => s.Element(Style + "text-properties")?.Attribute(Fo + "font-weight")?.Value) is { } weight
        && (weight == "bold" || (int.TryParse(weight, out var number) && number >= 600));

    /// <summary>Whether a style (or its parents) sets a weight at all, so that it overrides its paragraph's.</summary>
    public bool SetsWeight(string family, string? name) =>
        Resolve(family, name, s => s.Element(Style + "text-properties")?.Attribute(Fo + "font-weight")?.Value) is not null;

    public bool BreaksPageBefore(string? name) =>
        Resolve("paragraph", name, s => s.Element(Style + "paragraph-properties")?.Attribute(Fo + "break-before")?.Value) == "page";

    /// <summary>The outline level a paragraph style gives (a "Heading 2" style gives 2), if any.</summary>
    public int? OutlineLevel(string? name) =>
        Resolve("paragraph", name, s => s.Attribute(Style + "default-outline-level")?.Value) is { } level && int.TryParse(level, out var n) && n is > 0 and < 10 ? n : null;

    /// <summary>The list style a paragraph style attaches, if any.</summary>
    public string? ListStyleOf(string? paragraphStyle) =>
        Resolve("paragraph", paragraphStyle, s => s.Attribute(Style + "list-style-name")?.Value is { Length: > 0 } v ? v : null);

    /// <summary>How a list style numbers one level (from 1): null when the level has no style.</summary>
    public ListLevel? Level(string? listStyle, int level)
    {
        if (listStyle is null || !listStyles.TryGetValue(listStyle, out var list))
        {
            return null;
        }

        var element = list.Elements().FirstOrDefault(e => e.Attribute(Text + "level")?.Value == level.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (element is null)
        {
            return null;
        }

        if (element.Name == Text + "list-level-style-bullet")
        {
            return new ListLevel(null, string.Empty, string.Empty, 1, element.Attribute(Text + "bullet-char")?.Value is { Length: > 0 } c ? c : "•");
        }

        if (element.Name != Text + "list-level-style-number")
        {
            return null;
        }

        var format = element.Attribute(Style + "num-format")?.Value ?? string.Empty;
        var display = int.TryParse(element.Attribute(Text + "display-levels")?.Value, out var d) ? Math.Clamp(d, 1, level) : 1;
        return new ListLevel(format.Length == 0 ? null : format, element.Attribute(Style + "num-prefix")?.Value ?? string.Empty, element.Attribute(Style + "num-suffix")?.Value ?? string.Empty, display, null);
    }

    private string? Resolve(string family, string? name, Func<XElement, string?> read)
    {
        for (var depth = 0; name is not null && depth < MaxDepth && styles.TryGetValue((family, name), out var style); depth++)
        {
            if (read(style) is { } value)
            {
                return value;
            }

            name = style.Attribute(Style + "parent-style-name")?.Value;
        }

        return null;
    }
}

/// <summary>How one list level is labelled: a number format ("1", "a", "i") with prefix and suffix, or a bullet.</summary>
internal sealed record ListLevel(string? Format, string Prefix, string Suffix, int DisplayLevels, string? Bullet);
