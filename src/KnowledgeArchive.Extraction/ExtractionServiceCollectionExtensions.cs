using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Detection;
using KnowledgeArchive.Extraction.Isolation;
using KnowledgeArchive.Extraction.Ocr;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Extraction;

/// <summary>Registers format detection, the extractors of <see cref="DocumentExtractors"/> with OCR, and the title resolver.</summary>
public static class ExtractionServiceCollectionExtensions
{
    public static IServiceCollection AddExtraction(this IServiceCollection services)
    {
        services.AddSingleton<IFormatDetector, MagicBytesFormatDetector>();
        services.AddSingleton(sp => new OcrEngine(sp.GetRequiredService<IOptions<ArchiveOptions>>().Value.Ocr));
        services.AddHostedService<OcrStartupCheck>();
        services.AddSingleton(sp => new PdfPageRenderer(sp.GetRequiredService<IOptions<ArchiveOptions>>().Value.Ocr));
        services.AddSingleton<IEnumerable<IDocumentExtractor>>(sp => DocumentExtractors.Create(sp.GetRequiredService<OcrEngine>()));
        services.AddSingleton<ExtractorVersions>();
        services.AddSingleton<ITitleResolver, TitleResolver>();
        services.AddSingleton<ExtractionService>();
        services.AddSingleton<IsolatedExtractionService>();
        services.AddSingleton<IExtractionService>(sp =>
            sp.GetRequiredService<IOptions<ArchiveOptions>>().Value.IsolateExtraction
                ? sp.GetRequiredService<IsolatedExtractionService>()
                : sp.GetRequiredService<ExtractionService>());
        return services;
    }
}
