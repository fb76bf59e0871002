using KnowledgeArchive.Language.Text;
using KnowledgeArchive.Extraction.Blocks;

namespace KnowledgeArchive.Extraction.Pdf.Layout;

/// <summary>
/// Labels printed in a margin column (item references such as "GB19/023" or "Minute No. 54/2016", list numbers,
/// bullets): gathered (a label wrapped over two lines is one label) and given to the line of text beside them.
/// </summary>
internal static class MarginLabels
{
    public static bool AreLabels(List<LayoutRow> side)
    {
        var labels = Gather(side);
        return labels.Count > 0 && labels.Count(l => IsLabel(l.Text)) * 4 >= labels.Count * 3;
    }

    /// <summary>An item reference or number, a bullet, or a word or two heading what is beside it ("Apologies:", "Action").</summary>
    public static bool IsLabel(string text) =>
        HeadingShape.IsMarginLabel(text) || RowReading.IsBullet(text) || (HeadingShape.Fits(text) && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3);

    /// <summary>The margin's labels, top to bottom; lines of one label follow each other closely.</summary>
    public static List<(string Text, double Top, double Bottom)> Gather(List<LayoutRow> side)
    {
        var labels = new List<(string Text, double Top, double Bottom)>();
        foreach (var row in side.Where(r => !r.IsTable))
        {
            var text = string.Join(' ', row.Items.Select(i => i.Text));
            var height = row.Top - row.Bottom;
            if (labels.Count > 0 && labels[^1].Bottom - row.Top < height && !HeadingShape.IsMarginLabel(labels[^1].Text))
            {
                labels[^1] = (labels[^1].Text + " " + text, labels[^1].Top, row.Bottom);
            }
            else
            {
                labels.Add((text, row.Top, row.Bottom));
            }
        }

        return labels;
    }

    /// <summary>Gives each label to the first line that starts level with it (or, failing that, just below it).</summary>
    public static List<ILayoutElement> Attach(List<(string Text, double Top, double Bottom)> labels, List<ILayoutElement> elements)
    {
        var result = elements.ToList();
        foreach (var label in labels)
        {
            var index = result.FindIndex(e => e is LayoutLine line && line.Label is null && line.Top >= label.Bottom - 1 && line.Bottom <= label.Top + 1);
            if (index < 0)
            {
                index = result.FindIndex(e => e is LayoutLine line && line.Label is null && line.Top < label.Bottom);
            }

            if (index >= 0)
            {
                result[index] = (LayoutLine)result[index] with { Label = label.Text, MarginLabel = !RowReading.IsBullet(label.Text) };
            }
            else
            {
                // Nothing beside it: the label is kept as a line of its own, where it stands.
                var at = result.FindIndex(e => e.Top < label.Top);
                var line = new LayoutLine([new LayoutWord(label.Text, 0, 0, label.Bottom, label.Top, label.Top - label.Bottom, false)]);
                result.Insert(at < 0 ? result.Count : at, line);
            }
        }

        return result;
    }
}
