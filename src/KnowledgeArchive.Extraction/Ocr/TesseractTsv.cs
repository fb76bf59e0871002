using System.Globalization;

namespace KnowledgeArchive.Extraction.Ocr;

/// <summary>
/// Reads Tesseract's TSV output: a row per page, block, paragraph, line and word, each with its box and (for words) a
/// confidence. Words keep the line they were read on; a picture of several pages (a multi-page TIFF) gives a
/// picture per page.
/// </summary>
internal static class TesseractTsv
{
    private const int PageLevel = 1;
    private const int WordLevel = 5;

    public static IReadOnlyList<OcrPicture> Parse(string tsv)
    {
        var pictures = new List<OcrPicture>();
        var words = new List<OcrWord>();
        (int Number, int Width, int Height)? page = null;
        var lines = new Dictionary<(int, int, int), int>();
        foreach (var row in tsv.Split('\n'))
        {
            var cells = row.TrimEnd('\r').Split('\t');
            if (cells.Length < 12 || !int.TryParse(cells[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var level))
            {
                continue;
            }

            var numbers = new int[10];
            for (var i = 1; i <= 9; i++)
            {
                _ = int.TryParse(cells[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out numbers[i]);
            }

            if (level == PageLevel)
            {
                Close();
                page = (numbers[1], numbers[8], numbers[9]);
                continue;
            }

            var text = string.Join('\t', cells.Skip(11)).Trim();
            if (level != WordLevel || text.Length == 0 || page is null)
            {
                continue;
            }

            var key = (numbers[2], numbers[3], numbers[4]);
            if (!lines.TryGetValue(key, out var line))
            {
                line = lines.Count;
                lines[key] = line;
            }

            _ = double.TryParse(cells[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var confidence);
            words.Add(new OcrWord(text, numbers[6], numbers[7], numbers[8], numbers[9], Math.Clamp(confidence, 0, 100), line));
        }

        Close();
        return pictures;

        void Close()
        {
            if (page is { } p)
            {
                pictures.Add(new OcrPicture(p.Number, p.Width, p.Height, words.ToList()));
            }

            words.Clear();
            lines.Clear();
        }
    }
}
