using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Detection;
using KnowledgeArchive.Extraction.Doc;
using KnowledgeArchive.Extraction.Docx;
using KnowledgeArchive.Extraction.Isolation;
using KnowledgeArchive.Extraction.Pdf;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Extraction;

/// <summary>Registers format detection, the PDF and Word extractors and the title resolver.</summary>
public static class ExtractionServiceCollectionExtensions
{
    public static IServiceCollection AddExtraction(this IServiceCollection services)
    {
        services.AddSingleton<IFormatDetector, MagicBytesFormatDetector>();
        services.AddSingleton<IDocumentExtractor, PdfExtractor>();
        services.AddSingleton<IDocumentExtractor, DocxExtractor>();
        services.AddSingleton<IDocumentExtractor, DocExtractor>();
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
