using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using Dgm = DocumentFormat.OpenXml.Drawing.Diagrams;
using P = DocumentFormat.OpenXml.Presentation;

namespace KnowledgeArchive.Extraction.Tests.Support;

/// <summary>One slide to write: its shapes in the order the slide lists them, its speaker notes, whether it is hidden, a diagram's points after its shapes.</summary>
public sealed record DeckSlide(IReadOnlyList<OpenXmlElement> Shapes, string? Notes = null, bool Hidden = false, IReadOnlyList<string>? Diagram = null);

/// <summary>
/// Writes .pptx decks as PowerPoint saves them: a presentation part listing its slides, a slide master with its theme
/// and one layout, slides on that layout, and notes pages; shapes are made with <see cref="SlideShapes"/>.
/// </summary>
public static class SlideDeck
{
    public static byte[] Build(IEnumerable<DeckSlide> slides, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(slides);
        using var stream = new MemoryStream();
        using (var document = PresentationDocument.Create(stream, PresentationDocumentType.Presentation))
        {
            var presentation = document.AddPresentationPart();
            var layout = AddMasterAndLayout(presentation);
            var ids = new P.SlideIdList();
            uint next = 256;
            foreach (var slide in slides)
            {
                var part = presentation.AddNewPart<SlidePart>();
                part.Slide = new P.Slide(new P.CommonSlideData(Tree(slide.Shapes)), new P.ColorMapOverride(new A.MasterColorMapping()));
                if (slide.Hidden)
                {
                    part.Slide.Show = false;
                }

                part.AddPart(layout);
                if (slide.Diagram is not null)
                {
                    AddDiagram(part, slide.Diagram);
                }

                if (slide.Notes is not null)
                {
                    AddNotes(part, slide.Notes);
                }

                ids.Append(new P.SlideId { Id = next++, RelationshipId = presentation.GetIdOfPart(part) });
            }

            presentation.Presentation = new P.Presentation(
                new P.SlideMasterIdList(new P.SlideMasterId { Id = 2147483648U, RelationshipId = presentation.GetIdOfPart(presentation.SlideMasterParts.First()) }),
                ids,
                new P.SlideSize { Cx = 12192000, Cy = 6858000 },
                new P.NotesSize { Cx = 6858000, Cy = 9144000 });
            document.PackageProperties.Title = title;
            document.PackageProperties.Creator = "Director of Corporate Affairs";
            document.PackageProperties.Subject = "Closedown of the CCG";
            document.PackageProperties.Created = new DateTime(2022, 3, 1, 9, 0, 0, DateTimeKind.Utc);
            document.PackageProperties.Modified = new DateTime(2022, 3, 8, 17, 30, 0, DateTimeKind.Utc);
        }

        return stream.ToArray();
    }

    private static P.ShapeTree Tree(IEnumerable<OpenXmlElement> shapes)
    {
        var tree = new P.ShapeTree(
            new P.NonVisualGroupShapeProperties(new P.NonVisualDrawingProperties { Id = 1U, Name = string.Empty }, new P.NonVisualGroupShapeDrawingProperties(), new P.ApplicationNonVisualDrawingProperties()),
            new P.GroupShapeProperties(new A.TransformGroup()));
        tree.Append(shapes.Select(s => s.CloneNode(true)));
        return tree;
    }

    private static SlideLayoutPart AddMasterAndLayout(PresentationPart presentation)
    {
        var master = presentation.AddNewPart<SlideMasterPart>();
        var layout = master.AddNewPart<SlideLayoutPart>();
        layout.SlideLayout = new P.SlideLayout(
            new P.CommonSlideData(Tree([SlideShapes.Title("Click to add title"), SlideShapes.Body([("Click to add text", 0)])])) { Name = "Title and Content" },
            new P.ColorMapOverride(new A.MasterColorMapping()));
        master.SlideMaster = new P.SlideMaster(
            new P.CommonSlideData(Tree([SlideShapes.Title("Click to edit Master title style")])),
            new P.ColorMap
            {
                Background1 = A.ColorSchemeIndexValues.Light1, Text1 = A.ColorSchemeIndexValues.Dark1,
                Background2 = A.ColorSchemeIndexValues.Light2, Text2 = A.ColorSchemeIndexValues.Dark2,
                Accent1 = A.ColorSchemeIndexValues.Accent1, Accent2 = A.ColorSchemeIndexValues.Accent2, Accent3 = A.ColorSchemeIndexValues.Accent3,
                Accent4 = A.ColorSchemeIndexValues.Accent4, Accent5 = A.ColorSchemeIndexValues.Accent5, Accent6 = A.ColorSchemeIndexValues.Accent6,
                Hyperlink = A.ColorSchemeIndexValues.Hyperlink, FollowedHyperlink = A.ColorSchemeIndexValues.FollowedHyperlink,
            },
            new P.SlideLayoutIdList(new P.SlideLayoutId { Id = 2147483649U, RelationshipId = master.GetIdOfPart(layout) }));
        layout.AddPart(master);
        master.AddNewPart<ThemePart>().Theme = Theme();
        return layout;
    }

    /// <summary>The smallest theme PowerPoint accepts: a full colour scheme, one font, three of each style.</summary>
    private static A.Theme Theme()
    {
        static A.SolidFill Fill(string rgb) => new(new A.RgbColorModelHex { Val = rgb });
        var colours = new A.ColorScheme(
            new A.Dark1Color(new A.SystemColor { Val = A.SystemColorValues.WindowText, LastColor = "000000" }),
            new A.Light1Color(new A.SystemColor { Val = A.SystemColorValues.Window, LastColor = "FFFFFF" }),
            new A.Dark2Color(new A.RgbColorModelHex { Val = "003087" }),
            new A.Light2Color(new A.RgbColorModelHex { Val = "E8EDEE" }),
            new A.Accent1Color(new A.RgbColorModelHex { Val = "005EB8" }),
            new A.Accent2Color(new A.RgbColorModelHex { Val = "41B6E6" }),
            new A.Accent3Color(new A.RgbColorModelHex { Val = "009639" }),
            new A.Accent4Color(new A.RgbColorModelHex { Val = "ED8B00" }),
            new A.Accent5Color(new A.RgbColorModelHex { Val = "DA291C" }),
            new A.Accent6Color(new A.RgbColorModelHex { Val = "330072" }),
            new A.Hyperlink(new A.RgbColorModelHex { Val = "005EB8" }),
            new A.FollowedHyperlinkColor(new A.RgbColorModelHex { Val = "330072" })) { Name = "Office" };
        var fonts = new A.FontScheme(
            new A.MajorFont(new A.LatinFont { Typeface = "Arial" }, new A.EastAsianFont { Typeface = string.Empty }, new A.ComplexScriptFont { Typeface = string.Empty }),
            new A.MinorFont(new A.LatinFont { Typeface = "Arial" }, new A.EastAsianFont { Typeface = string.Empty }, new A.ComplexScriptFont { Typeface = string.Empty })) { Name = "Office" };
        var formats = new A.FormatScheme(
            new A.FillStyleList(Fill("FFFFFF"), Fill("E8EDEE"), Fill("005EB8")),
            new A.LineStyleList(new A.Outline(Fill("000000")) { Width = 6350 }, new A.Outline(Fill("000000")) { Width = 12700 }, new A.Outline(Fill("000000")) { Width = 19050 }),
            new A.EffectStyleList(new A.EffectStyle(new A.EffectList()), new A.EffectStyle(new A.EffectList()), new A.EffectStyle(new A.EffectList())),
            new A.BackgroundFillStyleList(Fill("FFFFFF"), Fill("E8EDEE"), Fill("005EB8"))) { Name = "Office" };
        return new A.Theme(new A.ThemeElements(colours, fonts, formats)) { Name = "Office Theme" };
    }

    /// <summary>A SmartArt diagram: its points in a data part, drawn by a graphic frame that refers to it.</summary>
    private static void AddDiagram(SlidePart slide, IReadOnlyList<string> points)
    {
        var data = slide.AddNewPart<DiagramDataPart>();
        var list = new Dgm.PointList(new Dgm.Point(new Dgm.PropertySet(), new Dgm.ShapeProperties()) { ModelId = "{00000000-0000-0000-0000-000000000001}", Type = Dgm.PointValues.Document });
        list.Append(points.Select((p, i) => new Dgm.Point(new Dgm.PropertySet(), new Dgm.ShapeProperties(), new Dgm.TextBody(new A.BodyProperties(), new A.ListStyle(), SlideShapes.Paragraph(p)))
        {
            ModelId = $"{{00000000-0000-0000-0000-00000000010{i}}}",
        }));
        data.DataModelRoot = new Dgm.DataModelRoot(list, new Dgm.ConnectionList(), new Dgm.Background(), new Dgm.Whole());
        var id = slide.GetIdOfPart(data);
        slide.Slide.CommonSlideData!.ShapeTree!.Append(new P.GraphicFrame(
            new P.NonVisualGraphicFrameProperties(new P.NonVisualDrawingProperties { Id = 99U, Name = "Diagram" }, new P.NonVisualGraphicFrameDrawingProperties(), new P.ApplicationNonVisualDrawingProperties()),
            new P.Transform(new A.Offset { X = 0, Y = 3000000 }, new A.Extents { Cx = 6000000, Cy = 2000000 }),
            new A.Graphic(new A.GraphicData(new Dgm.RelationshipIds { DataPart = id, LayoutPart = id, StylePart = id, ColorPart = id }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/diagram" })));
    }

    private static void AddNotes(SlidePart slide, string notes)
    {
        var part = slide.AddNewPart<NotesSlidePart>();
        part.NotesSlide = new P.NotesSlide(new P.CommonSlideData(Tree(
        [
            SlideShapes.Placeholder(P.PlaceholderValues.SlideImage, null),
            SlideShapes.Placeholder(P.PlaceholderValues.Body, notes),
            SlideShapes.Placeholder(P.PlaceholderValues.SlideNumber, "3"),
        ])));
        part.AddPart(slide);
    }
}
