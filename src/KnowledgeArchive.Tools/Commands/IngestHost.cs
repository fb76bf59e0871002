using KnowledgeArchive.Catalog;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Enrichment;
using KnowledgeArchive.Extraction;
using KnowledgeArchive.Indexing;
using KnowledgeArchive.Ingestion;
using KnowledgeArchive.Lineage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Tools.Commands;

/// <summary>The service's ingest pipeline (ledger, isolated extraction, enrichment, catalog, index, lineage) without the web front, on a data directory of its own.</summary>
internal static class IngestHost
{
    public static IHost Build(string dataDirectory, Action<ArchiveOptions>? configure = null, Action<ILoggingBuilder>? logging = null)
    {
        // Rooted in the tool's own folder, not the working directory: the host watches its content root for settings
        // changes, and the thousands of files a run creates under the working directory would each raise an event.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        logging?.Invoke(builder.Logging);
        builder.Services.Configure<ArchiveOptions>(o =>
        {
            o.DataDirectory = dataDirectory;
            configure?.Invoke(o);
        });
        builder.Services.AddSingleton(sp =>
        {
            var paths = new ArchivePaths(sp.GetRequiredService<IOptions<ArchiveOptions>>().Value);
            paths.EnsureCreated();
            return paths;
        });
        builder.Services.AddCatalog().AddExtraction().AddEnrichment().AddIndexing().AddIngestion().AddLineage();
        return builder.Build();
    }
}
