using DocumentFormat.OpenXml;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace KnowledgeArchive.Extraction.Tests.Support;

/// <summary>The shapes of a slide as PowerPoint writes them: placeholders that take their place from the layout, and text boxes, tables and groups placed on the slide.</summary>
public static class SlideShapes
{
    private static uint nextId = 100;

    public static P.Shape Title(string text, bool centred = false) =>
        Placeholder(centred ? P.PlaceholderValues.CenteredTitle : P.PlaceholderValues.Title, text);

    /// <summary>A content placeholder (no type, as PowerPoint writes it) with points at their levels (0 the outermost).</summary>
    public static P.Shape Body(IEnumerable<(string Text, int Level)> points) =>
        Shape(new P.PlaceholderShape { Index = 1U }, null, points.Select(p => Paragraph(p.Text, new A.ParagraphProperties { Level = p.Level })));

    public static P.Shape Placeholder(P.PlaceholderValues type, string? text) =>
        Shape(new P.PlaceholderShape { Type = type }, null, text is null ? [] : text.Split('\n').Select(t => Paragraph(t)));

    /// <summary>A text box placed at (<paramref name="x"/>, <paramref name="y"/>) in EMUs, one paragraph a line.</summary>
    public static P.Shape TextBox(long x, long y, params string[] lines) =>
        Shape(null, new A.Offset { X = x, Y = y }, lines.Select(t => Paragraph(t)));

    /// <summary>A text box with paragraphs of its own properties (bullets, numbers, levels).</summary>
    public static P.Shape TextBox(long x, long y, IEnumerable<A.Paragraph> paragraphs) => Shape(null, new A.Offset { X = x, Y = y }, paragraphs);

    public static A.Paragraph Paragraph(string text, A.ParagraphProperties? properties = null)
    {
        var paragraph = new A.Paragraph();
        if (properties is not null)
        {
            paragraph.Append(properties);
        }

        paragraph.Append(new A.Run(new A.RunProperties { Language = "en-GB" }, new A.Text(text)));
        return paragraph;
    }

    public static P.GraphicFrame Table(long x, long y, params string[][] rows)
    {
        var table = new A.Table(new A.TableProperties { FirstRow = true }, new A.TableGrid(rows[0].Select(_ => new A.GridColumn { Width = 2000000 })));
        foreach (var row in rows)
        {
            table.Append(new A.TableRow(row.Select(c => new A.TableCell(new A.TextBody(new A.BodyProperties(), new A.ListStyle(), Paragraph(c)), new A.TableCellProperties()))) { Height = 370840 });
        }

        var id = Interlocked.Increment(ref nextId);
        return new P.GraphicFrame(
            new P.NonVisualGraphicFrameProperties(new P.NonVisualDrawingProperties { Id = id, Name = $"Table {id}" }, new P.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoGrouping = true }), new P.ApplicationNonVisualDrawingProperties()),
            new P.Transform(new A.Offset { X = x, Y = y }, new A.Extents { Cx = 6000000, Cy = 1500000 }),
            new A.Graphic(new A.GraphicData(table) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/table" }));
    }

    public static P.GroupShape Group(long x, long y, params OpenXmlElement[] shapes)
    {
        var id = Interlocked.Increment(ref nextId);
        var group = new P.GroupShape(
            new P.NonVisualGroupShapeProperties(new P.NonVisualDrawingProperties { Id = id, Name = $"Group {id}" }, new P.NonVisualGroupShapeDrawingProperties(), new P.ApplicationNonVisualDrawingProperties()),
            new P.GroupShapeProperties(new A.TransformGroup(new A.Offset { X = x, Y = y }, new A.Extents { Cx = 4000000, Cy = 2000000 }, new A.ChildOffset { X = x, Y = y }, new A.ChildExtents { Cx = 4000000, Cy = 2000000 })));
        group.Append(shapes);
        return group;
    }

    private static P.Shape Shape(P.PlaceholderShape? placeholder, A.Offset? offset, IEnumerable<A.Paragraph> paragraphs)
    {
        var id = Interlocked.Increment(ref nextId);
        var properties = new P.ShapeProperties();
        if (offset is not null)
        {
            properties.Append(new A.Transform2D(offset, new A.Extents { Cx = 4000000, Cy = 500000 }));
        }

        var body = new P.TextBody(new A.BodyProperties(), new A.ListStyle());
        body.Append(paragraphs);
        if (!body.Elements<A.Paragraph>().Any())
        {
            body.Append(new A.Paragraph(new A.EndParagraphRunProperties { Language = "en-GB" }));
        }

        return new P.Shape(
            new P.NonVisualShapeProperties(
                new P.NonVisualDrawingProperties { Id = id, Name = $"Shape {id}" },
                new P.NonVisualShapeDrawingProperties(placeholder is null ? new A.ShapeLocks() : new A.ShapeLocks { NoGrouping = true }),
                placeholder is null ? new P.ApplicationNonVisualDrawingProperties() : new P.ApplicationNonVisualDrawingProperties(placeholder)),
            properties,
            body);
    }
}
