namespace KnowledgeArchive.Extraction.Pdf.Layout;

/// <summary>A straight rule drawn on a page: horizontal (<see cref="Y1"/> = <see cref="Y2"/>) or vertical (<see cref="X1"/> = <see cref="X2"/>).</summary>
internal sealed record Ruling(double X1, double Y1, double X2, double Y2)
{
    public bool IsHorizontal => Math.Abs(Y2 - Y1) < 0.5;

    public bool IsVertical => Math.Abs(X2 - X1) < 0.5;

    public double Length => IsHorizontal ? X2 - X1 : Y2 - Y1;
}
