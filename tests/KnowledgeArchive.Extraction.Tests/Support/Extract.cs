using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Detection;
using KnowledgeArchive.Extraction.Ocr;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Extraction.Tests.Support;

/// <summary>The product's in-process extraction service over real files, with OCR as the service has it.</summary>
public static class Extract
{
    public static ExtractionService Service(Action<ArchiveOptions>? configure = null)
    {
        var options = new ArchiveOptions();
        configure?.Invoke(options);
        return new ExtractionService(new MagicBytesFormatDetector(), DocumentExtractors.Create(new OcrEngine(options.Ocr)), Options.Create(options));
    }

    public static async Task<ExtractionOutcome> FileAsync(string path, Action<ArchiveOptions>? configure = null) =>
        await Service(configure).ExtractAsync(path, CancellationToken.None);

    public static async Task<ExtractedDocument> SucceedingAsync(string path)
    {
        var outcome = await FileAsync(path);
        Assert.True(outcome.Result.Succeeded, $"expected success, got {outcome.Result.Failure}");
        return outcome.Result.Document;
    }
}
