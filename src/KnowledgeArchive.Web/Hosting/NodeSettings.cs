using KnowledgeArchive.Core.Configuration;

namespace KnowledgeArchive.Web.Hosting;

/// <summary>What this node runs, from <c>Archive:Role</c>, the catalog's engine and the broker, read once at composition.</summary>
internal sealed record NodeSettings(bool SearchOnly, bool FollowsFeed, bool ReadsOnWorkers)
{
    public static NodeSettings Read(IConfiguration configuration)
    {
        var archive = configuration.GetSection(ArchiveOptions.SectionName).Get<ArchiveOptions>() ?? new ArchiveOptions();
        var searchOnly = archive.Role == NodeRole.Search;
        // A catalog other processes write (PostgreSQL) is followed; the embedded one is written by this process alone.
        var shared = string.Equals(archive.Catalog.Provider?.Trim(), CatalogOptions.PostgreSql, StringComparison.OrdinalIgnoreCase);
        if (searchOnly && !shared)
        {
            throw new InvalidOperationException(
                "Archive:Role is Search, but the catalog is this node's own SQLite file: a search node follows the catalog the ingest node writes. " +
                "Set Archive:Catalog:Provider=PostgreSql and Archive:Catalog:ConnectionString to the ingest node's catalog.");
        }

        return new NodeSettings(searchOnly, shared, archive.Broker.Enabled && !searchOnly);
    }
}
