using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Web.Tests.Infrastructure;

namespace KnowledgeArchive.Web.Tests.Ingest;

/// <summary>
/// Scans wait for OCR in a lane of their own: with the recogniser held back (a script in front of the real Tesseract
/// that waits for the test's word), every born-digital file of a batch is indexed, and the batch says how many pages
/// wait for OCR; once released, the scans are read by OCR and the count falls back to 0. There are as many scans as
/// the most reading slots a machine has, so scans read in those slots would leave none for the born-digital files.
/// </summary>
public sealed class OcrLaneTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("ka-ocr-lane-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task BatchWithAScan_BornDigitalFilesAreIndexedWhileTheScanWaitsForOcr_ThenTheScanIsRead()
    {
        var release = Path.Combine(_work, "release");
        using var factory = new ArchiveAppFactory(new Dictionary<string, string>
        {
            ["Archive:Ocr:TesseractPath"] = HeldTesseract(release),
            ["Archive:ExtractionTimeout"] = "00:10:00",
            ["Archive:Ocr:PageTimeout"] = "00:10:00",
        });
        var input = Path.Combine(_work, "input");
        for (var i = 1; i <= 3; i++)
        {
            BatchInput.Write(input, $"typed-{i}.pdf", SampleFiles.Pdf($"Typed paper {i}", $"Born-digital paper number {i} on the estates strategy."));
        }

        BatchInput.Write(input, "policy.docx", SampleFiles.Docx("Typed policy", "A born-digital policy on continuing healthcare."));
        BatchInput.Write(input, "scan.pdf", SampleFiles.ScannedPdf("Scanned minutes", "Members discussed the audiology review.", "The Committee approved the revised audiology pathway."));
        foreach (var topic in new[] { "wheelchair services", "infection control", "the risk register" })
        {
            BatchInput.Write(input, $"scan of {topic}.pdf", SampleFiles.ScannedPdf("Scanned report", $"A scanned report on {topic}."));
        }
        var api = factory.CreateApi();

        var started = await api.StartBatchAsync(new IngestBatchRequestDto(input, BatchInput.Source));
        var held = await Eventually.GetAsync(
            async () => await api.GetBatchAsync(started.BatchId) is { Counts.Indexed: 4, PagesAwaitingOcr: 5 } b ? b : null,
            TimeSpan.FromMinutes(3),
            "the born-digital files to be indexed while the scan waits for OCR");

        Assert.Equal("running", held.State);
        Assert.Equal(4, held.Counts.Pending);
        Assert.All(held.Files.Where(f => f.Path.StartsWith("scan", StringComparison.Ordinal)), f => Assert.Equal("pending", f.Status));
        Assert.All(held.Files.Where(f => !f.Path.StartsWith("scan", StringComparison.Ordinal)), f => Assert.Equal("indexed", f.Status));
        Assert.Equal(5, (await api.GetHealthAsync()).PagesAwaitingOcr);
        Assert.Contains("5 pages of scans waiting for OCR", await factory.CreateClient().GetStringAsync(new Uri($"/ingest/{started.BatchId}", UriKind.Relative)), StringComparison.Ordinal);

        await File.WriteAllTextAsync(release, "go");
        var done = await Eventually.GetAsync(async () => await api.GetBatchAsync(started.BatchId) is { State: "completed" } b ? b : null, TimeSpan.FromMinutes(3), "the scans to be read");

        Assert.Equal(new IngestCountsDto(Total: 8, Indexed: 8, Duplicate: 0, Quarantined: 0, Skipped: 0, Pending: 0), done.Counts);
        Assert.Equal(0, done.PagesAwaitingOcr);
        Assert.Equal(0, (await api.GetHealthAsync()).PagesAwaitingOcr);
        var scan = done.Files.Single(f => f.Path == "scan.pdf");
        var page = await api.GetPageAsync(scan.DocumentId!, 2);
        Assert.NotNull(page.Ocr);
        Assert.Contains("audiology pathway", page.Text, StringComparison.Ordinal);
    }

    /// <summary>A recogniser that reads a page only once <paramref name="release"/> exists (questions such as --list-langs pass at once).</summary>
    private string HeldTesseract(string release)
    {
        var script = Path.Combine(_work, "held-tesseract.sh");
        File.WriteAllText(script, $$"""
            #!/bin/sh
            case "$1" in
              --*) exec tesseract "$@" ;;
            esac
            while [ ! -e '{{release}}' ]; do sleep 0.1; done
            exec tesseract "$@"

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return script;
    }
}
