using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Generator.Demo;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Web.Demo;

/// <summary>With the demo switch on and an empty catalog, writes the generated demo archive into the inbox, where the watcher ingests it like any other files.</summary>
internal sealed class DemoSeeder(
    IOptions<DemoOptions> options,
    ArchivePaths paths,
    IDocumentCatalog catalog,
    ILogger<DemoSeeder> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Demo)
        {
            return;
        }

        var existing = await catalog.ListAsync(new DocumentQuery(PageSize: 1, Scope: RecordScope.All), stoppingToken);
        if (existing.Total > 0)
        {
            logger.LogInformation("Demo archive not written: the archive already holds {Count} documents", existing.Total);
            return;
        }

        // Written outside the inbox first, then moved in, so the watcher never sees half-written files.
        var staging = Path.Combine(paths.WorkDirectory, "demo-" + Guid.NewGuid().ToString("N"));
        var files = DemoArchive.WriteTo(staging);
        var target = Path.Combine(paths.InboxDirectory, "demo");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(staging))
        {
            File.Move(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        }

        Directory.Delete(staging, recursive: true);
        logger.LogInformation("Demo archive of {Count} files written to {Inbox} for ingest", files.Count, target);
    }
}
