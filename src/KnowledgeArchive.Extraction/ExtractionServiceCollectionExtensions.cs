using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Detection;
using KnowledgeArchive.Extraction.Isolation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Extraction;

/// <summary>Registers format detection, the PDF, Word and OpenDocument text extractors and the title resolver.</summary>
public static class ExtractionServiceCollectionExtensions
{
    public static IServiceCollection AddExtraction(this IServiceCollection services)
    {
        services.AddSingleton<IFormatDetector, MagicBytesFormatDetector>();
        foreach (var extractor in DocumentExtractors.Create())
        {
            services.AddSingleton(extractor);
        }

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
