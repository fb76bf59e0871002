using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Enrichment;
using KnowledgeArchive.Enrichment.Metadata;
using KnowledgeArchive.Enrichment.Organisations;
using KnowledgeArchive.Language;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Enrichment;

/// <summary>Registers the phrasebook and the register (loaded once, at start-up), the organisation directory and the document enricher.</summary>
public static class EnrichmentServiceCollectionExtensions
{
    public const string DefaultOrganisationsFile = "organisations.json";

    public static IServiceCollection AddEnrichment(this IServiceCollection services)
    {
        services.AddSingleton(sp => LoadWording(sp.GetRequiredService<IOptions<ArchiveOptions>>().Value));
        services.AddSingleton(sp => LoadRegister(sp.GetRequiredService<IOptions<ArchiveOptions>>().Value));
        services.AddSingleton<ArchiveDirectory>();
        services.AddSingleton<IOrganisationDirectorySource>(sp => sp.GetRequiredService<ArchiveDirectory>());
        services.AddSingleton<IDocumentEnricher, DocumentEnricher>();
        services.AddSingleton<PaperSubject>();
        services.AddSingleton<PrivateSessionRule>();
        services.AddSingleton<TitleChooser>();
        return services;
    }

    public static Wording LoadWording(ArchiveOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var file = string.IsNullOrWhiteSpace(options.PhrasebookFile) ? Path.Combine(AppContext.BaseDirectory, PhrasebookLoader.DefaultFileName) : options.PhrasebookFile;
        return new Wording(PhrasebookLoader.Load(file, [.. options.PhrasebookOverlays]));
    }

    public static Gazetteer LoadRegister(ArchiveOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var file = string.IsNullOrWhiteSpace(options.OrganisationsFile) ? Path.Combine(AppContext.BaseDirectory, DefaultOrganisationsFile) : options.OrganisationsFile;
        return Gazetteer.Load([file, .. options.OrganisationOverlays.Where(o => !string.IsNullOrWhiteSpace(o))]);
    }
}
