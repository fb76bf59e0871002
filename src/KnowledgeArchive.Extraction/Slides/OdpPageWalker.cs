using System.Xml.Linq;
using KnowledgeArchive.Core.Extraction;
using static KnowledgeArchive.Extraction.Odt.OdfNames;
using static KnowledgeArchive.Extraction.Slides.OdpNames;

namespace KnowledgeArchive.Extraction.Slides;

/// <summary>
/// Writes one OpenDocument slide (<c>draw:page</c>) in reading order (<see cref="ReadingOrder"/>): its title frame as a
/// heading, the text of its other frames and shapes (<see cref="OdpTextWriter"/>), the shapes inside its groups, and
/// then its speaker notes (<c>presentation:notes</c>). Footers, dates and page numbers are kept apart.
/// </summary>
internal sealed class OdpPageWalker(SlideWriter output, OdpTextWriter text, PresentationLimits limits, CancellationToken cancellationToken)
{
    private static readonly HashSet<string> RunningClasses = new(["footer", "header", "date-time", "page-number"], StringComparer.Ordinal);

    public void Walk(XElement page)
    {
        WalkShapes(page.Elements(), 0, notes: false);
        if (page.Element(Presentation + "notes") is { } notes)
        {
            output.BeginNotes();
            WalkShapes(notes.Elements(), 0, notes: true);
        }
    }

    private void WalkShapes(IEnumerable<XElement> elements, int depth, bool notes)
    {
        if (depth > limits.MaxNesting)
        {
            throw new PresentationLimitException(PresentationRefusals.TooDeep(limits.MaxNesting));
        }

        // The slide's picture on its notes page is not text.
        var shapes = elements.Where(e => e.Name.Namespace == Draw && e.Name != Draw + "page-thumbnail");
        foreach (var shape in ReadingOrder.Of(shapes, PlaceOf))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (shape.Name == Draw + "g")
            {
                WalkShapes(shape.Elements(), depth + 1, notes);
            }
            else
            {
                WalkShape(shape, depth, notes);
            }
        }
    }

    private void WalkShape(XElement shape, int depth, bool notes)
    {
        var kind = shape.Attribute(Presentation + "class")?.Value;
        if (kind is not null && RunningClasses.Contains(kind))
        {
            // A notes page's own header and footer are not the slide's.
            if (!notes)
            {
                output.AddRunning(OdpTextWriter.PlainText(shape, '\n'));
            }

            return;
        }

        if (kind == "title")
        {
            output.Block(BlockKind.Heading, OdpTextWriter.PlainText(shape, ' '), 1);
            return;
        }

        // A frame holds its text in a text box, or a table; other shapes (rectangles, callouts) hold paragraphs themselves.
        var holders = shape.Name == Draw + "frame"
            ? shape.Elements().Where(e => e.Name == Draw + "text-box" || e.Name == Table + "table")
            : [shape];
        foreach (var holder in holders)
        {
            if (holder.Name == Table + "table")
            {
                text.WriteTable(holder, depth);
            }
            else
            {
                text.WriteBlocks(holder, depth);
            }
        }
    }

    private static ShapePlace PlaceOf(XElement shape)
    {
        var kind = shape.Attribute(Presentation + "class")?.Value;
        // A group stands where its first placed shape does.
        var placed = shape.Attribute(Svg + "y") is not null
            ? shape
            : shape.Descendants().FirstOrDefault(d => d.Attribute(Svg + "y") is not null);
        return new ShapePlace(
            kind == "title",
            kind is not null || shape.Attribute(Presentation + "placeholder")?.Value == "true",
            OdfLength.Millimetres(placed?.Attribute(Svg + "y")?.Value),
            OdfLength.Millimetres(placed?.Attribute(Svg + "x")?.Value));
    }
}
