using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using KnowledgeArchive.Core.Extraction;
using A = DocumentFormat.OpenXml.Drawing;
using Dgm = DocumentFormat.OpenXml.Drawing.Diagrams;
using P = DocumentFormat.OpenXml.Presentation;

namespace KnowledgeArchive.Extraction.Slides;

/// <summary>
/// Writes one PowerPoint slide in reading order (<see cref="ReadingOrder"/>): its title as a heading, the paragraphs
/// of its shapes (bulleted or numbered ones, and those of body placeholders, as list items at their level), its
/// tables, the points of its diagrams (SmartArt), the shapes inside its groups, and then its speaker notes. Footers,
/// dates and slide numbers are kept apart.
/// </summary>
internal sealed class PptxSlideWalker(SlideWriter output, PresentationLimits limits, CancellationToken cancellationToken)
{
    private const string DiagramUri = "http://schemas.openxmlformats.org/drawingml/2006/diagram";

    // The slide or notes page being read: diagrams' text is in parts related to it.
    private OpenXmlPart? page;

    public void Walk(SlidePart slide)
    {
        if (slide.Slide?.CommonSlideData?.ShapeTree is { } shapes)
        {
            page = slide;
            WalkShapes(shapes, 0, notes: false);
        }

        if (slide.NotesSlidePart is { NotesSlide.CommonSlideData.ShapeTree: { } notes } notesPart)
        {
            page = notesPart;
            output.BeginNotes();
            WalkShapes(notes, 0, notes: true);
        }
    }

    private void WalkShapes(OpenXmlElement tree, int depth, bool notes)
    {
        if (depth > limits.MaxNesting)
        {
            throw new PresentationLimitException(PresentationRefusals.TooDeep(limits.MaxNesting));
        }

        foreach (var shape in ReadingOrder.Of(Shapes(tree), PlaceOf))
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (shape)
            {
                case P.Shape text:
                    WalkShape(text, notes);
                    break;
                case P.GroupShape group:
                    WalkShapes(group, depth + 1, notes);
                    break;
                case P.GraphicFrame { Graphic.GraphicData: { } data } when data.Uri?.Value == DiagramUri:
                    WalkDiagram(data.GetFirstChild<Dgm.RelationshipIds>()?.DataPart?.Value);
                    break;
                case P.GraphicFrame { Graphic.GraphicData: { } data }:
                    WalkTable(data.GetFirstChild<A.Table>());
                    break;
            }
        }
    }

    /// <summary>The shapes of a tree or group that can hold text; those written as alternatives are read from their fallback.</summary>
    private static IEnumerable<OpenXmlElement> Shapes(OpenXmlElement tree)
    {
        foreach (var child in tree.ChildElements)
        {
            var chosen = child is AlternateContent alternative
                ? (OpenXmlElement?)alternative.GetFirstChild<AlternateContentFallback>()
                    ?? alternative.GetFirstChild<AlternateContentChoice>()
                : null;
            var candidates = child is AlternateContent ? chosen?.ChildElements ?? [] : (IEnumerable<OpenXmlElement>)[child];
            foreach (var shape in candidates.Where(c => c is P.Shape or P.GroupShape or P.GraphicFrame))
            {
                yield return shape;
            }
        }
    }

    private void WalkShape(P.Shape shape, bool notes)
    {
        if (shape.TextBody is not { } body)
        {
            return;
        }

        var kind = PlaceholderKinds.Of(Placeholder(shape));
        if (kind == PlaceholderKind.Title)
        {
            output.Block(BlockKind.Heading, string.Join(' ', body.Elements<A.Paragraph>().Select(TextOf)), 1);
        }
        else if (kind == PlaceholderKind.Running)
        {
            // A notes page's own header and footer are not the slide's.
            if (!notes)
            {
                output.AddRunning(string.Join('\n', body.Elements<A.Paragraph>().Select(TextOf)));
            }
        }
        else if (kind != PlaceholderKind.SlideImage)
        {
            WriteParagraphs(body, bulleted: !notes && kind == PlaceholderKind.Body);
        }
    }

    /// <summary>Writes a diagram's points (its boxes' text) in the order the diagram keeps them.</summary>
    private void WalkDiagram(string? relationship)
    {
        if (relationship is null || page is null || !page.TryGetPartById(relationship, out var part) || part is not DiagramDataPart data)
        {
            return;
        }

        foreach (var point in data.DataModelRoot?.PointList?.Elements<Dgm.Point>() ?? [])
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (point.TextBody is { } body && (point.Type is null || !point.Type.HasValue || point.Type.Value == Dgm.PointValues.Node))
            {
                WriteParagraphs(body, bulleted: false);
            }
        }
    }

    private void WalkTable(A.Table? table)
    {
        if (table is null)
        {
            return;
        }

        output.BeginTable();
        foreach (var row in table.Elements<A.TableRow>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            output.BeginRow();
            foreach (var cell in row.Elements<A.TableCell>())
            {
                output.BeginCell();

                // A cell merged into its neighbour prints nothing of its own.
                if (cell.HorizontalMerge?.Value != true && cell.VerticalMerge?.Value != true && cell.TextBody is { } body)
                {
                    WriteParagraphs(body, bulleted: false);
                }

                output.EndCell();
            }
        }

        output.EndTable();
    }

    /// <summary>
    /// Writes a text body's paragraphs: one with a bullet or number of its own (or from the shape's list style), or
    /// indented below the first level, or in a body placeholder, is a list item at its level; one set to have no bullet is a paragraph.
    /// </summary>
    private void WriteParagraphs(OpenXmlCompositeElement body, bool bulleted)
    {
        var numbers = new AutoNumbers();
        var listStyle = body.GetFirstChild<A.ListStyle>();
        foreach (var paragraph in body.Elements<A.Paragraph>())
        {
            var text = TextOf(paragraph);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var properties = paragraph.ParagraphProperties;
            var level = Math.Clamp((properties?.Level?.Value ?? 0) + 1, 1, 9);
            var bullet = BulletOf(properties) ?? BulletOf(LevelOf(listStyle, level));
            if (bullet is A.AutoNumberedBullet number)
            {
                output.Block(BlockKind.ListItem, text, level, numbers.Next(level, number.Type?.InnerText, number.StartAt?.Value));
                continue;
            }

            numbers.Break(level);
            var listed = bullet is A.CharacterBullet or A.PictureBullet || (bullet is null && (bulleted || level > 1));
            var label = (bullet as A.CharacterBullet)?.Char?.Value;
            var kind = listed ? BlockKind.ListItem : BlockKind.Paragraph;
            output.Block(kind, text, listed ? level : 1, string.IsNullOrWhiteSpace(label) ? null : label);
        }
    }

    /// <summary>What a shape's own list style sets for one level (<c>a:lvl2pPr</c>).</summary>
    private static A.TextParagraphPropertiesType? LevelOf(A.ListStyle? listStyle, int level) =>
        listStyle?.ChildElements.OfType<A.TextParagraphPropertiesType>().FirstOrDefault(p => p.LocalName == $"lvl{level}pPr");

    private static OpenXmlElement? BulletOf(OpenXmlElement? properties) =>
        properties?.ChildElements.FirstOrDefault(c => c is A.NoBullet or A.CharacterBullet or A.AutoNumberedBullet or A.PictureBullet);

    private static string TextOf(A.Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var child in paragraph.ChildElements)
        {
            _ = child switch
            {
                A.Run run => text.Append(run.Text?.Text),
                A.Field field => text.Append(field.Text?.Text),
                A.Break => text.Append(' '),
                _ => text,
            };
        }

        return text.ToString();
    }

    private static ShapePlace PlaceOf(OpenXmlElement shape)
    {
        var offset = shape switch
        {
            P.Shape s => s.ShapeProperties?.Transform2D?.Offset,
            P.GroupShape g => g.GroupShapeProperties?.TransformGroup?.Offset,
            P.GraphicFrame f => f.Transform?.Offset,
            _ => null,
        };
        var placeholder = Placeholder(shape);
        var title = PlaceholderKinds.Of(placeholder) == PlaceholderKind.Title;
        return new ShapePlace(title, placeholder is not null, offset?.Y?.Value ?? 0, offset?.X?.Value ?? 0);
    }

    private static P.PlaceholderShape? Placeholder(OpenXmlElement shape) => shape switch
    {
        P.Shape s => s.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape,
        P.GraphicFrame f => f.NonVisualGraphicFrameProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape,
        _ => null,
    };
}
