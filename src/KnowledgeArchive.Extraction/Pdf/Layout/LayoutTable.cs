namespace KnowledgeArchive.Extraction.Pdf.Layout;

/// <summary>A table found on a page: its box and its rows of cells, each cell the lines printed in it.</summary>
internal sealed record LayoutTable(double Left, double Right, double Bottom, double Top, IReadOnlyList<IReadOnlyList<IReadOnlyList<LayoutLine>>> Rows) : ILayoutElement;
