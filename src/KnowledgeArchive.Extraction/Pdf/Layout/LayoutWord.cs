namespace KnowledgeArchive.Extraction.Pdf.Layout;

/// <summary>A word on a PDF page: its text, its box (PDF units, y up), its type size and whether it is bold.</summary>
internal sealed record LayoutWord(string Text, double Left, double Right, double Bottom, double Top, double Size, bool Bold)
{
    /// <summary>The height letters sit on; words of one line share it (a superscript sits above it).</summary>
    public double Baseline { get; init; } = Bottom;

    public double Width => Right - Left;

    public double Height => Top - Bottom;

    public double CentreX => (Left + Right) / 2;

    public double CentreY => (Bottom + Top) / 2;
}
