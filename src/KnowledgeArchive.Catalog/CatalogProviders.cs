using KnowledgeArchive.Catalog.PostgreSql;
using KnowledgeArchive.Catalog.Security;
using KnowledgeArchive.Core.Configuration;

namespace KnowledgeArchive.Catalog;

/// <summary>The engines the catalog can live in, by the name <c>Archive:Catalog:Provider</c> gives: the one list of them.</summary>
public static class CatalogProviders
{
    private static readonly Dictionary<string, Func<CatalogOptions, ArchivePaths, CatalogDatabases>> Providers = new(StringComparer.OrdinalIgnoreCase)
    {
        [CatalogOptions.Sqlite] = (_, paths) => new CatalogDatabases(() => new CatalogDatabase(paths), () => new SecurityDatabase(paths.SecurityFile)),
        [CatalogOptions.PostgreSql] = (options, _) =>
        {
            var database = new Lazy<PostgreSqlDatabase>(() => new PostgreSqlDatabase(options.ConnectionString));
            return new CatalogDatabases(() => database.Value, () => database.Value);
        },
    };

    /// <summary>The names <c>Archive:Catalog:Provider</c> accepts.</summary>
    public static IReadOnlyCollection<string> Names => Providers.Keys;

    /// <summary>The databases of the engine <paramref name="options"/> names (not yet opened).</summary>
    public static CatalogDatabases Open(CatalogOptions options, ArchivePaths paths)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(paths);
        var name = string.IsNullOrWhiteSpace(options.Provider) ? CatalogOptions.Sqlite : options.Provider.Trim();
        return Providers.TryGetValue(name, out var open)
            ? open(options, paths)
            : throw new InvalidOperationException($"Archive:Catalog:Provider '{options.Provider}' is not a catalog engine; use one of {string.Join(", ", Names)}.");
    }
}
