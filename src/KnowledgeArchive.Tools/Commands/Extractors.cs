using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction;
using KnowledgeArchive.Extraction.Detection;
using KnowledgeArchive.Extraction.Docx;
using KnowledgeArchive.Extraction.Pdf;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Tools.Commands;

/// <summary>The product's extraction service, built without a host, with the product's default limits unless told otherwise.</summary>
internal static class Extractors
{
    public static IExtractionService Create(TimeSpan? timeout = null)
    {
        var options = new ArchiveOptions();
        if (timeout is { } t)
        {
            options.ExtractionTimeout = t;
        }

        return new ExtractionService(new MagicBytesFormatDetector(), [new PdfExtractor(), new DocxExtractor()], Options.Create(options));
    }
}
