using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace KnowledgeArchive.Extraction.Pdf.Layout;

/// <summary>Reads a page's words (with size and weight) and its rules (the lines tables are drawn with).</summary>
internal static class PageReading
{
    private const double MinRule = 6;
    private const double Thin = 2;

    public static IReadOnlyList<LayoutWord> Words(Page page)
    {
        var words = new List<LayoutWord>();
        foreach (var word in page.GetWords())
        {
            var text = word.Text.Trim();
            if (text.Length == 0 || word.Letters.Count == 0 || word.TextOrientation != TextOrientation.Horizontal)
            {
                continue;
            }

            var box = word.BoundingBox;
            var size = word.Letters.Average(l => l.PointSize > 0 ? l.PointSize : l.FontSize);
            var bold = word.Letters.Count(l => IsBold(l)) * 2 > word.Letters.Count;
            var baselines = word.Letters.Select(l => l.StartBaseLine.Y).Order().ToList();
            words.Add(new LayoutWord(text, box.Left, box.Right, box.Bottom, box.Top, size <= 0 ? box.Height : size, bold) { Baseline = baselines[baselines.Count / 2] });
        }

        return words;
    }

    /// <summary>Whether most of the page's letters run left to right: otherwise its layout cannot be read from word boxes.</summary>
    public static bool IsHorizontal(Page page)
    {
        var letters = page.Letters;
        return letters.Count == 0 || letters.Count(l => l.TextOrientation == TextOrientation.Horizontal) * 10 >= letters.Count * 8;
    }

    public static IReadOnlyList<Ruling> Rulings(Page page)
    {
        var rulings = new List<Ruling>();
        IReadOnlyList<PdfPath> paths;
        try
        {
            paths = page.Paths;
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            return rulings;
        }

        foreach (var path in paths.Take(5000))
        {
            foreach (var subpath in path)
            {
                AddSubpath(subpath, path.IsFilled, rulings);
            }
        }

        return rulings;
    }

    private static void AddSubpath(PdfSubpath subpath, bool filled, List<Ruling> rulings)
    {
        var box = subpath.GetBoundingRectangle();
        if (box is not { } b)
        {
            return;
        }

        // A thin filled rectangle is how many producers draw a rule.
        if (filled && b.Height <= Thin && b.Width >= MinRule)
        {
            rulings.Add(new Ruling(b.Left, b.Bottom, b.Right, b.Bottom));
            return;
        }

        if (filled && b.Width <= Thin && b.Height >= MinRule)
        {
            rulings.Add(new Ruling(b.Left, b.Bottom, b.Left, b.Top));
            return;
        }

        PdfPoint? last = null;
        PdfPoint? start = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    last = start = move.Location;
                    break;
                case PdfSubpath.Line line:
                    Add(line.From, line.To, rulings);
                    last = line.To;
                    break;
                case PdfSubpath.Close when last is { } from && start is { } to:
                    Add(from, to, rulings);
                    last = start;
                    break;
            }
        }
    }

    private static void Add(PdfPoint from, PdfPoint to, List<Ruling> rulings)
    {
        if (Math.Abs(from.Y - to.Y) < 0.5 && Math.Abs(to.X - from.X) >= MinRule)
        {
            rulings.Add(new Ruling(Math.Min(from.X, to.X), from.Y, Math.Max(from.X, to.X), from.Y));
        }
        else if (Math.Abs(from.X - to.X) < 0.5 && Math.Abs(to.Y - from.Y) >= MinRule)
        {
            rulings.Add(new Ruling(from.X, Math.Min(from.Y, to.Y), from.X, Math.Max(from.Y, to.Y)));
        }
    }

    private static bool IsBold(Letter letter)
    {
        if (letter.FontDetails?.IsBold == true || letter.RenderingMode == TextRenderingMode.FillThenStroke)
        {
            return true;
        }

        var name = letter.FontName ?? string.Empty;
        return name.Contains("Bold", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Black", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Heavy", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Semibold", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(",B", StringComparison.Ordinal);
    }
}
