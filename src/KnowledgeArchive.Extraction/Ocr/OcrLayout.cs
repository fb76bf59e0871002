using KnowledgeArchive.Extraction.Pdf.Layout;

namespace KnowledgeArchive.Extraction.Ocr;

/// <summary>
/// Turns the words OCR read from a picture into the words the page layout reader works with (PDF points, y up), so
/// a scanned page is laid out into headings, paragraphs, lists and tables exactly as a born-digital one. OCR knows no
/// type sizes or weights: a line's size is measured from its height (lines within a fifth of the page's usual line
/// height are body text), and a word is bold when it carries clearly more ink than the page's words do.
/// </summary>
internal static class OcrLayout
{
    private const double SameSize = 1.2;
    private const double BoldInk = 1.3;
    private const int MinLettersForInk = 3;
    private const double BorderConfidence = 60;

    public static List<LayoutWord> Words(OcrPicture picture, double pointsPerPixel, double pageHeight, GrayPicture? gray)
    {
        var words = picture.Words.Select(Clean).OfType<OcrWord>().ToList();
        if (words.Count == 0)
        {
            return [];
        }

        var lines = words.GroupBy(w => w.Line).Select(g => g.OrderBy(w => w.Left).ToList()).ToList();
        var bodyHeight = Median(lines.Select(LineHeight));
        var ink = gray is null ? null : words.ToDictionary(w => w, w => gray.InkRatio(w.Left, w.Top, w.Width, w.Height));
        var usualInk = ink is null ? 0 : Median(words.Where(w => w.Text.Count(char.IsLetter) >= MinLettersForInk).Select(w => ink[w]));
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
                var bold = ink is not null && usualInk > 0 && ink[word] >= usualInk * BoldInk;
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

    private static double LineHeight(List<OcrWord> line) => line.Max(w => w.Bottom) - line.Min(w => w.Top);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
