using KnowledgeArchive.Catalog;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Enrichment;
using KnowledgeArchive.Extraction;
using KnowledgeArchive.Ingestion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Worker.Hosting;

/// <summary>
/// Composes <c>ka-worker</c>: the service's reading pipeline (extraction in isolated processes, OCR, enrichment) fed
/// by the broker, with originals and results in the shared folder. It holds no catalog and no index.
/// </summary>
public static class WorkerHosting
{
    /// <summary>Why the worker cannot start as configured, or null.</summary>
    public static string? ConfigurationProblem(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(ArchiveOptions.SectionName).Get<ArchiveOptions>() ?? new ArchiveOptions();
        if (!options.Broker.Enabled)
        {
            return "ka-worker needs the broker: set Archive:Broker:Url (amqp://user:password@host:5672/), as the service has it";
        }

        return string.IsNullOrWhiteSpace(options.SharedDirectory) && string.IsNullOrWhiteSpace(options.DataDirectory)
            ? "ka-worker needs the folder it shares with the service: set Archive:SharedDirectory (the one holding originals/)"
            : null;
    }

    public static HostApplicationBuilder AddKnowledgeArchiveWorker(this HostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.FormatterName = ConsoleFormatterNames.Simple);
        builder.Services.Configure<SimpleConsoleFormatterOptions>(o =>
        {
            o.SingleLine = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z' ";
        });

        var services = builder.Services;
        services.AddOptions<ArchiveOptions>().BindConfiguration(ArchiveOptions.SectionName);
        services.AddSingleton(sp =>
        {
            var paths = new ArchivePaths(sp.GetRequiredService<IOptions<ArchiveOptions>>().Value);
            Directory.CreateDirectory(paths.WorkDirectory);
            Directory.CreateDirectory(paths.OriginalsDirectory);
            return paths;
        });
        services.AddSingleton<IOriginalStore, FileSystemOriginalStore>();
        services.AddExtraction();
        services.AddEnrichment();
        services.AddDocumentPipeline();
        services.AddReadJobs();
        return builder;
    }
}
