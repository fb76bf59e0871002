using KnowledgeArchive.Extraction.Pdf.Layout;

namespace KnowledgeArchive.Extraction.Ocr;

/// <summary>
/// Turns the words OCR read from a picture into the words the page layout reader works with (PDF points, y up), so
/// a scanned page is laid out into headings, paragraphs, lists and tables exactly as a born-digital one. OCR knows no
/// type sizes or weights: a line's size is measured from the middle height of its words (lines within three tenths
/// of the page's usual height are body text; a word's own box, unlike a line's, hardly grows when a page is scanned
/// askew), and a word is bold when its strokes are clearly thicker than the page's usual stroke.
/// </summary>
internal static class OcrLayout
{
    private const double SameSize = 1.3;
    private const double BoldStroke = 1.25;
    private const int MinLettersForInk = 3;
    private const double BorderConfidence = 60;
    private const int MinWordsForSlope = 4;
    private const double MinSkew = 0.05 * Math.PI / 180;
    private const double MaxSkew = 5 * Math.PI / 180;

    public static List<LayoutWord> Words(OcrPicture picture, double pointsPerPixel, double pageHeight, GrayPicture? gray) =>
        Words(picture, pointsPerPixel, pageHeight, gray, Skew(picture));

    /// <summary>
    /// How far the page was fed askew, in radians (positive: lines fall to the right): the middle slope of its long
    /// lines (their words' bottoms against their centres); 0 under a twentieth of a degree or over five degrees
    /// (not a page fed askew).
    /// </summary>
    public static double Skew(OcrPicture picture)
    {
        var slopes = picture.Words.GroupBy(w => w.Line)
            .Select(g => g.ToList())
            .Where(line => line.Count >= MinWordsForSlope && line.Max(w => w.Right) - line.Min(w => w.Left) >= picture.Width / 4)
            .Select(Slope)
            .ToList();
        var angle = slopes.Count == 0 ? 0 : Math.Atan(Median(slopes));
        return Math.Abs(angle) < MinSkew || Math.Abs(angle) > MaxSkew ? 0 : angle;
    }

    /// <summary>A point of the picture (pixels, y down) where it would be had the page been fed straight.</summary>
    public static (double X, double Y) Straight(double x, double y, double skew, int width, int height)
    {
        var (sin, cos) = Math.SinCos(-skew);
        var (dx, dy) = (x - (width / 2.0), y - (height / 2.0));
        return ((cos * dx) - (sin * dy) + (width / 2.0), (sin * dx) + (cos * dy) + (height / 2.0));
    }

    public static List<LayoutWord> Words(OcrPicture picture, double pointsPerPixel, double pageHeight, GrayPicture? gray, double skew)
    {
        var words = Straightened(picture.Words.Select(Clean).OfType<OcrWord>().ToList(), skew, picture.Width, picture.Height);
        if (words.Count == 0)
        {
            return [];
        }

        var lines = words.GroupBy(w => w.Line).Select(g => g.OrderBy(w => w.Left).ToList()).ToList();
        var bodyHeight = Median(lines.Select(LineHeight));
        var stroke = gray is null ? null : words.ToDictionary(w => w, w => gray.StrokeWidth(w.Left, w.Top, w.Width, w.Height));
        var usualStroke = stroke is null ? 0 : Median(words.Where(w => w.Text.Count(char.IsLetter) >= MinLettersForInk).Select(w => stroke[w]));
        var bodySize = Math.Round(bodyHeight * pointsPerPixel * 2) / 2;
        var laid = new List<LayoutWord>();
        foreach (var line in lines)
        {
            var height = LineHeight(line);
            var size = height <= bodyHeight * SameSize ? bodySize : Math.Round(height * pointsPerPixel * 2) / 2;
            var baseline = pageHeight - (Median(line.Select(w => (double)w.Bottom)) * pointsPerPixel);
            var top = pageHeight - (line.Min(w => w.Top) * pointsPerPixel);
            foreach (var word in line)
            {
                var bold = stroke is not null && usualStroke > 0 && word.Text.Any(char.IsLetterOrDigit) && stroke[word] >= usualStroke * BoldStroke;
                laid.Add(new LayoutWord(
                    word.Text,
                    word.Left * pointsPerPixel,
                    word.Right * pointsPerPixel,
                    pageHeight - (word.Bottom * pointsPerPixel),
                    top,
                    size,
                    bold)
                { Baseline = baseline });
            }
        }

        return laid;
    }

    /// <summary>
    /// The words as if the page had been fed straight: a page scanned askew has its lines rising or falling across
    /// it, and its columns leaning, which would join lines and hide the gutter between columns. Each word's box is
    /// turned back about the page's centre by the skew; its size is kept.
    /// </summary>
    private static List<OcrWord> Straightened(List<OcrWord> words, double skew, int width, int height)
    {
        if (skew == 0)
        {
            return words;
        }

        return words.Select(w =>
        {
            var (x, y) = Straight((w.Left + w.Right) / 2.0, (w.Top + w.Bottom) / 2.0, skew, width, height);
            return w with { Left = (int)Math.Round(x - (w.Width / 2.0)), Top = (int)Math.Round(y - (w.Height / 2.0)) };
        }).ToList();
    }

    /// <summary>The least-squares slope of a line's word bottoms against their centres (pixels, y down).</summary>
    private static double Slope(List<OcrWord> line)
    {
        var xs = line.Select(w => (w.Left + w.Right) / 2.0).ToList();
        var ys = line.Select(w => (double)w.Bottom).ToList();
        var (mx, my) = (xs.Average(), ys.Average());
        var spread = xs.Sum(x => (x - mx) * (x - mx));
        return spread == 0 ? 0 : xs.Zip(ys).Sum(p => (p.First - mx) * (p.Second - my)) / spread;
    }

    /// <summary>
    /// A word as it should be read, or null for what is not a word: table borders and underlines read as bars and
    /// strokes, and stray marks the recogniser itself doubts.
    /// </summary>
    private static OcrWord? Clean(OcrWord word)
    {
        var text = word.Text.Trim('|', '_', '~', '¦');
        if (text.Length == 0)
        {
            return null;
        }

        if (!text.Any(char.IsLetterOrDigit) && word.Confidence < BorderConfidence && text.Length <= 2)
        {
            return null;
        }

        return text == word.Text ? word : word with { Text = text };
    }

    /// <summary>
    /// A line's height: the middle of its words' own heights, which a skewed scan does not stretch as it does the
    /// line's box, and which one tall mark (a bracket, a stray speck joined to a word) does not move.
    /// </summary>
    private static double LineHeight(List<OcrWord> line) => Median(line.Select(w => (double)w.Height));

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
