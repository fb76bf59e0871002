using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgeArchive.Extraction.Ocr;

/// <summary>Says at start-up, once and plainly, when scanned pages and pictures cannot be read on this machine.</summary>
internal sealed class OcrStartupCheck(OcrEngine ocr, ILogger<OcrStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (ocr.PdfProblem is { } problem)
        {
            logger.LogWarning("Scanned pages and pictures cannot be read: {Problem}. They will be quarantined as ocr_unavailable until it is fixed and they are retried.", problem);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
