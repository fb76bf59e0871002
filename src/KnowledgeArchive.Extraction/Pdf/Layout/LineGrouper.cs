using KnowledgeArchive.Language.Text;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Blocks;

namespace KnowledgeArchive.Extraction.Pdf.Layout;

/// <summary>
/// Groups a page's lines into blocks. A new block starts at a labelled line, a change of type (size or weight), a
/// wider gap than the page's line spacing, a change of indent (other than a paragraph's indented first line),
/// after a short line that ends a sentence, and after a line that stopped short with room for the next line's first word. Bold or large blocks shaped like headings are headings.
/// </summary>
internal static class LineGrouper
{
    public static List<PageBlock> Group(IReadOnlyList<ILayoutElement> elements, double bodySize)
    {
        var lines = elements.OfType<LayoutLine>().ToList();
        var leading = Leading(lines, bodySize);
        var blocks = new List<PageBlock>();
        var current = new List<LayoutLine>();
        foreach (var element in elements)
        {
            if (element is LayoutTable table)
            {
                Close();
                blocks.Add(new PageBlock(BlockKind.Table, [], Table: table));
                continue;
            }

            var line = (LayoutLine)element;
            if (current.Count > 0 && Breaks(current, line, leading, RightBound(lines, current[^1])))
            {
                Close();
            }

            current.Add(line);
        }

        Close();
        return blocks;

        void Close()
        {
            if (current.Count > 0)
            {
                blocks.Add(Classify(current.ToList(), bodySize));
                current.Clear();
            }
        }
    }

    private static bool Breaks(List<LayoutLine> block, LayoutLine line, double leading, double rightBound)
    {
        var previous = block[^1];
        var em = Math.Max(previous.Size, 1);
        if (line.Label is not null || previous.Bold != line.Bold || Math.Abs(previous.Size - line.Size) > 0.4)
        {
            return true;
        }

        var spacing = previous.Top - line.Top;
        if (spacing > leading * 1.35 || spacing < -em)
        {
            return true;
        }

        var indent = line.Left - previous.Left;
        if (indent > 0.8 * em && !HangsUnder(block, line, em))
        {
            return true;
        }

        // A paragraph's first line may be indented; any other step back to the left starts a new block.
        if (indent < -0.8 * em && !(block.Count == 1 && previous.Label is null))
        {
            return true;
        }

        var ending = previous.Text.TrimEnd('"', '”', '’', '\'', ')');
        var endsSentence = ending.Length > 0 && ending[^1] is '.' or '!' or '?' or ':' or ';';
        if (endsSentence && previous.Right < rightBound - 3 * em)
        {
            return true;
        }

        // Text wraps only when the next word does not fit: a line that stops short with room for it ended its block (a title over its text).
        var nextWord = line.Words[0];
        return previous.Right + (nextWord.Right - nextWord.Left) + em < rightBound - em;
    }

    /// <summary>
    /// Whether a line continues a numbered or bulleted paragraph set with a hanging indent: its first line starts with
    /// the number, and the line is aligned with the text after it.
    /// </summary>
    private static bool HangsUnder(List<LayoutLine> block, LayoutLine line, double em)
    {
        var first = block[0];
        return block.Count == 1 && first.Label is null && first.Words.Count >= 2
            && (RowReading.IsListNumber(first.Words[0].Text) || RowReading.IsBullet(first.Words[0].Text))
            && Math.Abs(line.Left - first.Words[1].Left) < 0.5 * em;
    }

    private static PageBlock Classify(List<LayoutLine> lines, double bodySize)
    {
        var text = PageBlock.Join(lines);
        var label = lines[0].Label;
        var standsOut = lines.All(l => l.Bold) || lines[0].Size >= bodySize + 1.5;
        if (standsOut && lines.Count <= 4 && HeadingShape.Fits(text))
        {
            return new PageBlock(BlockKind.Heading, lines, label);
        }

        var listItem = label is not null && !lines[0].MarginLabel;
        return new PageBlock(listItem ? BlockKind.ListItem : BlockKind.Paragraph, lines, label);
    }

    /// <summary>The usual distance from one line to the next within a paragraph on this page.</summary>
    private static double Leading(List<LayoutLine> lines, double bodySize)
    {
        var spacings = new List<double>();
        for (var i = 1; i < lines.Count; i++)
        {
            var spacing = lines[i - 1].Top - lines[i].Top;
            if (spacing > 0 && spacing < 2.5 * Math.Max(lines[i].Size, 1) && Math.Abs(lines[i - 1].Size - lines[i].Size) < 0.5)
            {
                spacings.Add(spacing);
            }
        }

        return spacings.Count == 0 ? 1.25 * bodySize : spacings.Order().ElementAt(spacings.Count / 3);
    }

    /// <summary>How far right lines set like this one (same left edge, size and weight) reach: the right edge its text wraps at.</summary>
    private static double RightBound(List<LayoutLine> lines, LayoutLine line)
    {
        var em = Math.Max(line.Size, 1);
        return lines.Where(l => Math.Abs(l.Left - line.Left) < 2 * em && Math.Abs(l.Size - line.Size) < 0.5 && l.Bold == line.Bold).Max(l => l.Right);
    }
}
