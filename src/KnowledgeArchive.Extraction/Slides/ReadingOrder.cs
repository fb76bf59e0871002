namespace KnowledgeArchive.Extraction.Slides;

/// <summary>Where a shape stands on its slide, as far as the order it is read in goes.</summary>
/// <param name="IsTitle">The slide's title placeholder.</param>
/// <param name="IsPlaceholder">A placeholder of the slide's layout (body, subtitle, content).</param>
/// <param name="Top">Its distance from the slide's top edge, in any one unit.</param>
/// <param name="Left">Its distance from the slide's left edge, in the same unit.</param>
internal readonly record struct ShapePlace(bool IsTitle, bool IsPlaceholder, double Top, double Left);

/// <summary>
/// The order a slide's shapes are read in: the title first, then the layout's placeholders in the order the slide
/// lists them (the order presentation programs read them aloud in), then other shapes top to bottom and, level with
/// each other, left to right. Shapes alike keep the slide's order.
/// </summary>
internal static class ReadingOrder
{
    public static IEnumerable<T> Of<T>(IEnumerable<T> shapes, Func<T, ShapePlace> placeOf) =>
        shapes.Select(s => (Shape: s, Place: placeOf(s)))
            .OrderBy(s => s.Place.IsTitle ? 0 : s.Place.IsPlaceholder ? 1 : 2)
            .ThenBy(s => s.Place.IsTitle || s.Place.IsPlaceholder ? 0 : s.Place.Top)
            .ThenBy(s => s.Place.IsTitle || s.Place.IsPlaceholder ? 0 : s.Place.Left)
            .Select(s => s.Shape);
}
