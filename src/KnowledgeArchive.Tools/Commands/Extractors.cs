using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Extraction.Detection;
using KnowledgeArchive.Extraction.Isolation;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Tools.Commands;

/// <summary>The service's own extraction (in worker processes, with its limits), built without a host.</summary>
internal static class Extractors
{
    public static IsolatedExtractionService Create(TimeSpan? timeout = null)
    {
        var options = new ArchiveOptions();
        if (timeout is { } t)
        {
            options.ExtractionTimeout = t;
        }

        return new IsolatedExtractionService(new MagicBytesFormatDetector(), Options.Create(options), NullLogger<IsolatedExtractionService>.Instance);
    }
}
