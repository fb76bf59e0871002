using System.Text.Json;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Detection;
using KnowledgeArchive.Extraction.Isolation;
using KnowledgeArchive.Extraction.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using UglyToad.PdfPig.Writer;

namespace KnowledgeArchive.Extraction.Tests;

/// <summary>
/// The first pass that reads nothing by OCR (<see cref="ExtractionRequest.SkipOcr"/>), in process and through a worker
/// process, and the OCR lane it sends scans to: a file to read by OCR answers how many pages it has for OCR, and the
/// lane's answer is the document a single full read gives.
/// </summary>
public sealed class OcrFirstPassTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task FirstPass_PdfWithATextPageAndTwoScans_NeedsOcrForTheTwoScannedPages()
    {
        var path = _folder.Write("mixed.pdf", PdfMerger.Merge([Typed("A typed cover page of the committee papers."), Scanner.ScanToPdf(Typed("first scanned page", "second scanned page"), dpi: 100)]));

        var outcome = await FirstPassAsync(path);

        Assert.False(outcome.Result.Succeeded);
        Assert.Equal(2, outcome.Result.PagesForOcr);
        Assert.Equal(ExtractionResult.NeedsOcrCode, outcome.Result.Failure.Code);
        Assert.Equal("needs OCR: 2 page(s)", outcome.Result.Failure.Message);
    }

    [Fact]
    public async Task FirstPass_PictureFiles_NeedOcrForEachOfTheirPages()
    {
        var png = _folder.Write("photo.png", Scanner.ScanToPng(Typed("A photographed page."), dpi: 100));
        var fax = _folder.Write("fax.tif", Scanner.ScanToTiff(Typed("Fax page one.", "Fax page two."), dpi: 100));

        Assert.Equal(1, (await FirstPassAsync(png)).Result.PagesForOcr);
        Assert.Equal(2, (await FirstPassAsync(fax)).Result.PagesForOcr);
    }

    [Fact]
    public async Task FirstPass_ForceOcr_NeedsOcrForEveryPage_WhileWithoutItABornDigitalPdfIsReadAtOnce()
    {
        var path = _folder.Write("typed.pdf", Typed("Typed page one of the minutes.", "Typed page two of the minutes."));

        var forced = await FirstPassAsync(path, forceOcr: true);
        var plain = await FirstPassAsync(path);

        Assert.Equal(2, forced.Result.PagesForOcr);
        Assert.True(plain.Result.Succeeded, plain.Result.Failure?.ToString());
        Assert.Equal(0, plain.Result.PagesForOcr);
        Assert.Contains("Typed page two", plain.Result.Document.Pages[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstPass_WithoutTheOcrEngine_AnswersAsAFullReadDoes_NotNeedsOcr()
    {
        var path = _folder.Write("scan.pdf", Scanner.ScanToPdf(Typed("A scanned page."), dpi: 100));

        var outcome = await FirstPassAsync(path, configure: o => o.Ocr.TesseractPath = "/nowhere/tesseract");

        Assert.Equal(0, outcome.Result.PagesForOcr);
        Assert.Equal("ocr_unavailable", outcome.Result.Failure?.Code);
    }

    [Fact]
    public async Task WorkerProcess_AnswersTheFirstPassOverThePipe()
    {
        using var service = new IsolatedExtractionService(new MagicBytesFormatDetector(), Options.Create(new ArchiveOptions()), NullLogger<IsolatedExtractionService>.Instance);
        var path = _folder.Write("scan.pdf", Scanner.ScanToPdf(Typed("Scanned page one.", "Scanned page two."), dpi: 100));

        var outcome = await service.ExtractAsync(new ExtractionRequest(path) { SkipOcr = true }, CancellationToken.None);

        Assert.Equal(2, outcome.Result.PagesForOcr);
    }

    [Fact]
    public async Task OcrLane_ReadsTheScan_AsASingleFullReadDoes_AndSaysWhenItsPagesWaited()
    {
        var path = _folder.Write("mixed.pdf", PdfMerger.Merge([Typed("A typed cover page of the committee papers."), Scanner.ScanToPdf(Typed("The committee approved the scanned budget."), dpi: 200)]));
        var typed = _folder.Write("typed.pdf", Typed("A born-digital paper read in the reading slots."));
        using var service = new IsolatedExtractionService(new MagicBytesFormatDetector(), Options.Create(new ArchiveOptions()), NullLogger<IsolatedExtractionService>.Instance);
        var listener = new RecordingListener();

        var laned = await service.ExtractAsync(new ExtractionRequest(path) { OcrWait = listener }, CancellationToken.None);
        var single = await Extract.FileAsync(path);
        var born = await service.ExtractAsync(new ExtractionRequest(typed) { OcrWait = listener }, CancellationToken.None);

        Assert.True(laned.Result.Succeeded, laned.Result.Failure?.ToString());
        Assert.True(single.Result.Succeeded, single.Result.Failure?.ToString());
        Assert.True(born.Result.Succeeded, born.Result.Failure?.ToString());
        Assert.Equal(Json(single.Result.Document.Pages), Json(laned.Result.Document.Pages));
        Assert.Equal(Json(single.Result.Document.Blocks), Json(laned.Result.Document.Blocks));
        Assert.Equal(single.Result.Document.PageImages.Select(i => i.Content.Length), laned.Result.Document.PageImages.Select(i => i.Content.Length));
        Assert.Contains("scanned budget", laned.Result.Document.Pages[1].Text, StringComparison.Ordinal);
        Assert.Equal([1], listener.Waited);
        Assert.Equal(1, listener.Ended);
    }

    private static async Task<ExtractionOutcome> FirstPassAsync(string path, bool forceOcr = false, Action<ArchiveOptions>? configure = null) =>
        await Extract.Service(configure).ExtractAsync(new ExtractionRequest(path) { SkipOcr = true, ForceOcr = forceOcr }, CancellationToken.None);

    private static byte[] Typed(params string[] pages)
    {
        using var pdf = new LaidOutPdf();
        foreach (var text in pages)
        {
            pdf.NewPage().Text(60, 60, "Minutes of the Quality Committee", 16, isBold: true).Text(60, 100, text);
        }

        return pdf.Build();
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    private sealed class RecordingListener : IOcrWaitListener
    {
        public List<int> Waited { get; } = [];

        public int Ended { get; private set; }

        public IDisposable? AwaitingOcr(int pages)
        {
            Waited.Add(pages);
            return new End(() => Ended++);
        }

        private sealed class End(Action end) : IDisposable
        {
            public void Dispose() => end();
        }
    }
}
