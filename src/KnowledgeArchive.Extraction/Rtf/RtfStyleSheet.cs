using System.Globalization;
using System.Text;

namespace KnowledgeArchive.Extraction.Rtf;

/// <summary>
/// The paragraph styles an RTF document defines, as far as they say a paragraph is a heading: by name ("heading 2",
/// "Title") or by the outline level the style gives.
/// </summary>
internal sealed class RtfStyleSheet
{
    private const int MaxStyles = 4096;
    private readonly Dictionary<int, int> headingLevels = [];
    private readonly StringBuilder name = new();
    private int number;
    private int? outline;
    private bool paragraphStyle;

    /// <summary>A style definition starts: the paragraph style 0 ("Normal") until it says otherwise.</summary>
    public void Begin()
    {
        name.Clear();
        number = 0;
        outline = null;
        paragraphStyle = true;
    }

    public void SetNumber(int value) => number = value;

    /// <summary>A character, section or table style: it does not make a paragraph a heading.</summary>
    public void NotParagraph() => paragraphStyle = false;

    public void SetOutlineLevel(int level) => outline = level;

    public void AddName(string text)
    {
        if (name.Length < 256)
        {
            name.Append(text);
        }
    }

    /// <summary>The definition ends: a heading style is remembered by its number.</summary>
    public void End()
    {
        if (!paragraphStyle || headingLevels.Count >= MaxStyles)
        {
            return;
        }

        // Word writes aliases after the name: "heading 1,h1,Heading One;".
        var styleName = name.ToString().Split(';')[0].Split(',')[0].Trim();
        if ((LevelOf(styleName) ?? (outline is >= 0 and < 9 ? outline + 1 : null)) is { } level)
        {
            headingLevels[number] = level;
        }
    }

    /// <summary>The heading level a paragraph style gives, or null for body styles.</summary>
    public int? HeadingLevel(int style) => headingLevels.TryGetValue(style, out var level) ? level : null;

    private static int? LevelOf(string styleName)
    {
        if (styleName.Equals("Title", StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        return styleName.StartsWith("heading", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(styleName.AsSpan(7).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var level)
            ? Math.Clamp(level, 1, 9)
            : null;
    }
}
