using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Detection;
using KnowledgeArchive.Extraction.Isolation;
using KnowledgeArchive.Extraction.Tests.Support;
using KnowledgeArchive.Generator.Scans;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Extraction.Tests;

/// <summary>
/// Scans and pictures read by OCR (Tesseract and poppler, as installed by the test command): generated minutes are
/// rendered to pictures, so the words to read are known, and read back through the product's extraction.
/// </summary>
public sealed class OcrExtractionTests : IDisposable
{
    private const string Decision = "The Committee APPROVED the wheelchair services policy for the county.";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ScannedMinutes_AreReadByOcr_WithPagesMarkedAndPicturesKept()
    {
        var path = _folder.Write("scan.pdf", Scanner.ScanToPdf(Minutes(pages: 2)));

        var document = await Extract.SucceedingAsync(path);

        Assert.Equal(2, document.Pages.Count);
        Assert.All(document.Pages, p => Assert.True(p.Ocr is { Failure: null, MeanConfidence: > 70, Words: > 10 }, $"page {p.Number}: {p.Ocr}"));
        Assert.Contains("wheelchair services policy", document.Pages[0].Text, StringComparison.Ordinal);
        Assert.Contains(document.Blocks, b => b.Kind == BlockKind.Heading && b.Text.Contains("Quality Committee", StringComparison.Ordinal));
        Assert.Contains(document.Blocks, b => b.Text.Contains("APPROVED the wheelchair", StringComparison.Ordinal) && b.Page == 1);
        Assert.Equal([1, 2], document.PageImages.Select(i => i.PageNumber));
        Assert.All(document.PageImages, i => Assert.Equal("image/jpeg", i.MediaType));
        Assert.All(document.PageImages, i => Assert.Equal([0xFF, 0xD8], i.Content[..2]));
    }

    [Fact]
    public async Task ScannedRuledTable_IsReadAsATable_FromTheRulesInThePicture()
    {
        using var pdf = new LaidOutPdf().NewPage();
        pdf.Text(60, 60, "Decisions of the Finance Committee", 14, isBold: true);
        pdf.Table(60, 100, [150, 300], 28, [["Reference", "Decision"], ["FC21/014", "Approved the budget for 2021"], ["FC21/015", "Deferred the estates strategy"]]);
        var path = _folder.Write("table-scan.pdf", Scanner.ScanToPdf(pdf.Build(), dpi: 300));

        var document = await Extract.SucceedingAsync(path);

        var table = Assert.Single(document.Blocks, b => b.Kind == BlockKind.Table);
        Assert.Equal(3, table.Rows.Count);
        Assert.Contains("FC21/015", table.Rows[2].Cells[0].Text, StringComparison.Ordinal);
        Assert.Contains("estates strategy", table.Rows[2].Cells[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PngPicture_IsReadByOcr_AndKeptAsItsOwnPagePicture()
    {
        var png = Scanner.ScanToPng(Minutes(pages: 1));
        var path = _folder.Write("photo of the minutes.png", png);

        var outcome = await Extract.FileAsync(path);

        Assert.Equal(FileFormat.Png, outcome.Format);
        Assert.True(outcome.Result.Succeeded, outcome.Result.Failure?.ToString());
        var page = Assert.Single(outcome.Result.Document.Pages);
        Assert.NotNull(page.Ocr);
        Assert.Contains("wheelchair services policy", page.Text, StringComparison.Ordinal);
        var kept = Assert.Single(outcome.Result.Document.PageImages);
        Assert.Equal(png, kept.Content);
    }

    [Fact]
    public async Task MultiPageTiffFax_GivesAPagePerTiffPage()
    {
        var path = _folder.Write("fax.tif", Scanner.ScanToTiff(Minutes(pages: 2)));

        var outcome = await Extract.FileAsync(path);

        Assert.Equal(FileFormat.Tiff, outcome.Format);
        Assert.True(outcome.Result.Succeeded, outcome.Result.Failure?.ToString());
        Assert.Equal(2, outcome.Result.Document.Pages.Count);
        Assert.All(outcome.Result.Document.Pages, p => Assert.NotNull(p.Ocr));
        Assert.Contains("second page", outcome.Result.Document.Pages[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TiffOfTenThousandPages_IsQuarantinedAsTooLarge_WithoutBeingRead()
    {
        var blank = Enumerable.Repeat(new GrayPage(1, 1, [255]), 10_000).ToList();
        var path = _folder.Write("endless fax.tiff", TiffWriter.Write(blank, 200));

        var outcome = await Extract.FileAsync(path);

        Assert.Equal(QuarantineCodes.TooLarge, outcome.Result.Failure?.Code);
        Assert.Contains("10,000 pages", outcome.Result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScanWithMorePagesThanAllowed_IsQuarantinedAsTooLarge()
    {
        var path = _folder.Write("long scan.pdf", Scanner.ScanToPdf(Minutes(pages: 2), dpi: 100));

        var outcome = await Extract.FileAsync(path, o => o.Ocr.MaxPages = 1);

        Assert.Equal(QuarantineCodes.TooLarge, outcome.Result.Failure?.Code);
        Assert.Contains("Archive:Ocr:MaxPages", outcome.Result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutTheOcrEngine_ScansAndPicturesAreQuarantinedWithTheReason_NeverACrash()
    {
        var scan = _folder.Write("scan.pdf", Scanner.ScanToPdf(Minutes(pages: 1), dpi: 100));
        var picture = _folder.Write("scan.png", Scanner.ScanToPng(Minutes(pages: 1), dpi: 100));

        foreach (var path in new[] { scan, picture })
        {
            var outcome = await Extract.FileAsync(path, o => o.Ocr.TesseractPath = "/nowhere/tesseract");

            Assert.Equal(QuarantineCodes.OcrUnavailable, outcome.Result.Failure?.Code);
            Assert.Contains("apt-get install tesseract-ocr", outcome.Result.Failure!.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task WorkerProcess_ReadsAScanPageByPage_PastTheTimeLimitOfAFileWithoutProgress()
    {
        // The limit is twice what one page takes here, as measured now (a page takes the recogniser about a second, several
        // on a busy machine), and never under six seconds; the whole scan takes several times one page, which only a
        // file that stops making progress is held to.
        const int Pages = 8;
        var generous = new Core.Configuration.ArchiveOptions { ExtractionTimeout = TimeSpan.FromMinutes(2) };
        using var measuring = new IsolatedExtractionService(new MagicBytesFormatDetector(), Options.Create(generous), NullLogger<IsolatedExtractionService>.Instance);
        var onePage = System.Diagnostics.Stopwatch.StartNew();
        var single = await measuring.ExtractAsync(_folder.Write("one page.pdf", Scanner.ScanToPdf(Minutes(pages: 1), dpi: 300)), CancellationToken.None);
        onePage.Stop();
        Assert.True(single.Result.Succeeded, single.Result.Failure?.ToString());
        var limit = TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(6).Ticks, 2 * onePage.Elapsed.Ticks));
        var options = new Core.Configuration.ArchiveOptions { ExtractionTimeout = limit };
        using var service = new IsolatedExtractionService(new MagicBytesFormatDetector(), Options.Create(options), NullLogger<IsolatedExtractionService>.Instance);
        var path = _folder.Write("long scan.pdf", Scanner.ScanToPdf(Minutes(pages: Pages), dpi: 300));

        var outcome = await service.ExtractAsync(path, CancellationToken.None);

        Assert.True(outcome.Result.Succeeded, outcome.Result.Failure?.ToString());
        Assert.Equal(Pages, outcome.Result.Document.Pages.Count);
        Assert.All(outcome.Result.Document.Pages, p => Assert.NotNull(p.Ocr));
        Assert.Equal(Pages, outcome.Result.Document.PageImages.Count);
    }

    [Fact]
    public void TextThatBeginsWithBm_IsText_NotABitmap()
    {
        var path = _folder.Write("notes.txt", "BMA guidance on consent was noted by the committee.\n"u8.ToArray());

        Assert.Equal(FileFormat.Text, new MagicBytesFormatDetector().Detect(path));
    }

    /// <summary>Minutes whose pages each say something of their own (a page repeated word for word is a running header).</summary>
    private static byte[] Minutes(int pages)
    {
        string[] ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"];
        string[] topics = ["community services", "the estates strategy", "infection control", "continuing healthcare", "the finance report", "the workforce plan", "safeguarding", "the risk register"];
        using var pdf = new LaidOutPdf();
        for (var i = 0; i < pages; i++)
        {
            pdf.NewPage();
            var top = 60.0;
            if (i == 0)
            {
                pdf.Text(60, top, "Minutes of the Quality Committee", 16, isBold: true);
                top += 36;
            }

            top = pdf.Lines(60, top, [$"This is the {ordinals[i]} page of the minutes.", $"Members discussed the report on {topics[i]}."]);
            pdf.Lines(60, top + 10, [i == 0 ? Decision : $"The Committee NOTED the update on {topics[i]}."]);
        }

        return pdf.Build();
    }
}
