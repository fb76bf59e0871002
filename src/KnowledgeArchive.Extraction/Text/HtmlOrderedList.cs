using System.Globalization;
using AngleSharp.Dom;

namespace KnowledgeArchive.Extraction.TextFiles;

/// <summary>An ordered list's numbering as it is being read: the next number, its step (−1 when reversed) and its type.</summary>
internal sealed class HtmlOrderedList
{
    public int Next { get; set; }

    public int Step { get; init; }

    public string? Type { get; init; }

    /// <summary>The numbering a list starts with: from its start attribute, else 1 (or, reversed, its number of items).</summary>
    public static HtmlOrderedList Of(IElement list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var reversed = list.HasAttribute("reversed");
        var count = reversed ? list.Children.Count(c => c.LocalName == "li") : 1;
        var start = int.TryParse(list.GetAttribute("start"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : count;
        return new HtmlOrderedList { Next = start, Step = reversed ? -1 : 1, Type = list.GetAttribute("type") };
    }

    /// <summary>The label of the next item (its value attribute, when it has one, sets the number), and the number moves on.</summary>
    public string TakeLabel(IElement item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (int.TryParse(item.GetAttribute("value"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            Next = value;
        }

        var label = HtmlListNumbers.Label(Next, Type);
        Next += Step;
        return label;
    }
}
