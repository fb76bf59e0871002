using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Enrichment;
using KnowledgeArchive.Enrichment.Organisations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Enrichment;

/// <summary>Registers the gazetteer (loaded once, at start-up) and the document enricher.</summary>
public static class EnrichmentServiceCollectionExtensions
{
    public const string DefaultOrganisationsFile = "organisations.json";

    public static IServiceCollection AddEnrichment(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var configured = sp.GetRequiredService<IOptions<ArchiveOptions>>().Value.OrganisationsFile;
            return Gazetteer.Load(string.IsNullOrWhiteSpace(configured) ? Path.Combine(AppContext.BaseDirectory, DefaultOrganisationsFile) : configured);
        });
        services.AddSingleton<IDocumentEnricher, DocumentEnricher>();
        return services;
    }
}
