using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Blocks;
using KnowledgeArchive.Extraction.Ocr;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace KnowledgeArchive.Extraction.Pdf.Layout;

/// <summary>
/// Reads a PDF's pages into blocks: words and rules are read from each page, running headers and footers set apart,
/// ruled tables found, rows put in reading order (columns one after the other, margin labels to their lines), and
/// lines grouped into headings, paragraphs, list items and tables. A paragraph that runs on over a page break is one
/// block. Pages whose text does not run left to right are read in content order. A page that is only a picture (a
/// scan) is read by OCR, when a reader for it is given, and laid out the same way.
/// </summary>
/// <param name="recognise">Reads a scanned page by OCR; null when OCR cannot be used.</param>
/// <param name="parallelism">How many scanned pages are read by OCR at once.</param>
/// <param name="maxScans">More scanned pages than this are not read at all (<see cref="TooManyScannedPagesException"/>).</param>
internal sealed class PdfLayoutReader(Func<ScannedPage, CancellationToken, RecognisedPage>? recognise = null, int parallelism = 1, int maxScans = int.MaxValue)
{
    private const int MaxFurnitureWords = 3;

    private readonly List<PageRead> pages = [];
    private readonly Dictionary<int, RecognisedPage> recognised = [];

    public int FailedPages { get; private set; }

    /// <summary>Read every page as a scan, text layer or not (a scanner's junk text layer), when OCR was asked for.</summary>
    public bool ForceOcr { get; init; }

    public bool ImagesSeen { get; private set; }

    /// <summary>Look at every page but read no scan (a first pass): the scans are counted in <see cref="PagesLeftForOcr"/> instead.</summary>
    public bool SkipOcr { get; init; }

    /// <summary>Scanned pages a first pass (<see cref="SkipOcr"/>) left for OCR; the pages are then not laid out at all.</summary>
    public int PagesLeftForOcr { get; private set; }

    /// <summary>Pages that are pictures with no text, left unread because no OCR reader was given.</summary>
    public int UnreadScans { get; private set; }

    /// <summary>The pages read by OCR, by page number.</summary>
    public IReadOnlyDictionary<int, RecognisedPage> Recognised => recognised;

    /// <summary>Reads pages that are already words and rules (OCR of a picture file), one page each.</summary>
    public void Read(IReadOnlyList<RecognisedPage> scanned)
    {
        ArgumentNullException.ThrowIfNull(scanned);
        for (var i = 0; i < scanned.Count; i++)
        {
            recognised[i + 1] = scanned[i];
            pages.Add(new PageRead(scanned[i].Height, scanned[i].Words, scanned[i].Rulings, null));
        }

        FindTablesAndRunningRows();
    }

    public IReadOnlyList<string> Running { get; private set; } = [];

    /// <summary>Scanned pages found: pages that are only a picture, read by OCR when a reader was given.</summary>
    public int ScannedPages => scans.Count;

    private readonly List<ScannedPage> scans = [];

    public void Read(PdfDocument pdf, CancellationToken cancellationToken)
    {
        for (var number = 1; number <= pdf.NumberOfPages; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            pages.Add(ReadPage(pdf, number));
        }

        RecogniseScans(cancellationToken);
        if (PagesLeftForOcr == 0)
        {
            FindTablesAndRunningRows();
        }
    }

    /// <summary>Reads the scanned pages by OCR, several at once (each in its own recogniser process).</summary>
    private void RecogniseScans(CancellationToken cancellationToken)
    {
        if (scans.Count == 0)
        {
            return;
        }

        if (recognise is null)
        {
            UnreadScans = scans.Count;
            return;
        }

        if (scans.Count > maxScans)
        {
            throw new TooManyScannedPagesException($"the PDF has {scans.Count} scanned pages to read by OCR, more than {maxScans} (Archive:Ocr:MaxPages)");
        }

        if (SkipOcr)
        {
            PagesLeftForOcr = scans.Count;
            return;
        }

        var read = new RecognisedPage[scans.Count];
        Parallel.For(
            0,
            scans.Count,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken },
            k => read[k] = recognise(scans[k], cancellationToken));
        for (var k = 0; k < scans.Count; k++)
        {
            recognised[scans[k].Number] = read[k];
            pages[scans[k].Number - 1] = new PageRead(read[k].Height, read[k].Words, read[k].Rulings, null);
        }
    }

    private void FindTablesAndRunningRows()
    {
        // Tables first: a table's header row repeated on each page it runs over is not a running header.
        foreach (var page in pages)
        {
            page.SplitGap = RowBuilder.SplitGap(page.Words);
            page.Tables = RuledTableFinder.Find(page.Rulings, page.Words, page.SplitGap);
        }

        // A document whose every line repeats on every page keeps them as its text, unless they are no more than
        // page furniture ("Page 1 of 3": a few words besides the numbers).
        var before = pages.Select(p => p.Words.ToList()).ToList();
        Running = RunningRows.Separate(pages.Select(p => (p.Height, p.Words)).ToList(), BodySize());
        var onlyRunning = pages.All(p => p.Words.Count == 0 && string.IsNullOrEmpty(p.Fallback));
        if (onlyRunning && before.Any(words => words.Count(w => w.Text.Any(char.IsLetter)) > MaxFurnitureWords))
        {
            for (var i = 0; i < pages.Count; i++)
            {
                pages[i].Words.AddRange(before[i]);
            }

            Running = [];
        }
    }

    /// <summary>Writes the pages' blocks in reading order.</summary>
    public void Write(DocumentAssembler output, CancellationToken cancellationToken)
    {
        var bodySize = BodySize();
        var laidOut = new List<List<PageBlock>>();
        foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            laidOut.Add(page.Fallback is not null ? [] : Lay(page, bodySize));
        }

        var levels = HeadingLevels(laidOut.SelectMany(b => b));
        var writer = new PageBlockWriter(output, bodySize, levels);
        for (var i = 0; i < pages.Count; i++)
        {
            if (i > 0)
            {
                output.NewPage();
            }

            if (pages[i].Fallback is { } text)
            {
                writer.WritePlain(text);
            }
            else
            {
                writer.Write(laidOut[i]);
            }
        }

        writer.Finish();
    }

    private static List<PageBlock> Lay(PageRead page, double bodySize)
    {
        var rows = RowBuilder.Build(page.Words, page.Tables, page.SplitGap);
        var elements = new PageSegmenter(page.SplitGap).Read(rows);
        return LineGrouper.Group(elements, bodySize);
    }

    private PageRead ReadPage(PdfDocument pdf, int number)
    {
        double height;
        int? imageDpi;
        try
        {
            var page = pdf.GetPage(number);
            height = page.Height;
            var words = PageReading.Words(page).ToList();
            imageDpi = words.Count > 0 && !ForceOcr ? null : ImageDpi(page);
            if (imageDpi is null && !ForceOcr)
            {
                return PageReading.IsHorizontal(page)
                    ? new PageRead(page.Height, words, PageReading.Rulings(page), null)
                    : new PageRead(page.Height, [], [], TextCleaner.Clean(ContentOrderTextExtractor.GetText(page)));
            }
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
        {
            // One broken page must not cost the rest of the document.
            FailedPages++;
            return new PageRead(0, [], [], string.Empty);
        }

        // A page that is only a picture: a scan, read once every page has been looked at.
        ImagesSeen = true;
        scans.Add(new ScannedPage(number, height, imageDpi > 0 ? imageDpi : null));
        return new PageRead(height, [], [], null);
    }

    private double BodySize()
    {
        var sizes = pages.SelectMany(p => p.Words).GroupBy(w => Math.Round(w.Size * 2) / 2).ToList();
        return sizes.Count == 0 ? 10 : sizes.MaxBy(g => g.Sum(w => w.Text.Length))!.Key;
    }

    /// <summary>Heading levels by type size: the largest headings are level 1.</summary>
    private static Dictionary<double, int> HeadingLevels(IEnumerable<PageBlock> blocks) =>
        blocks.Where(b => b.Kind == BlockKind.Heading)
            .Select(b => Math.Round(b.Size * 2) / 2)
            .Distinct()
            .OrderDescending()
            .Select((size, i) => (size, i))
            .ToDictionary(x => x.size, x => Math.Min(x.i + 1, 6));

    /// <summary>
    /// For a page holding pictures, the resolution its largest picture was scanned at (pixels across the width it
    /// is drawn at), or 0 when that cannot be told; null for a page with no picture.
    /// </summary>
    private static int? ImageDpi(Page page)
    {
        try
        {
            var largest = page.GetImages().MaxBy(i => i.BoundingBox.Width * i.BoundingBox.Height);
            return largest is null ? null
                : largest.BoundingBox.Width > 1 ? (int)Math.Round(largest.WidthInSamples / (largest.BoundingBox.Width / 72)) : 0;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null;
        }
    }

    private sealed record PageRead(double Height, List<LayoutWord> Words, IReadOnlyList<Ruling> Rulings, string? Fallback)
    {
        public double SplitGap { get; set; }

        public IReadOnlyList<LayoutTable> Tables { get; set; } = [];
    }
}
