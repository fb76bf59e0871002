using KnowledgeArchive.Core.Configuration;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Ingestion.Sources;

/// <summary>The ingest settings in use, loaded and checked once, at start-up.</summary>
public sealed class IngestSources(IOptions<ArchiveOptions> options)
{
    private readonly Lazy<IngestConfig> config = new(() =>
    {
        var configured = options.Value.IngestConfigFile;
        return IngestConfigLoader.Load(string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(AppContext.BaseDirectory, IngestConfigLoader.DefaultFileName)
            : configured);
    });

    public IngestConfig Config => config.Value;
}
