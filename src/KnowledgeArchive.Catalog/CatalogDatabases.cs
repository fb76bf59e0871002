using KnowledgeArchive.Catalog.Sql;

namespace KnowledgeArchive.Catalog;

/// <summary>
/// The databases of the chosen engine, each opened (and migrated) when a store first needs it: the catalog's, and the
/// one of API keys and the audit log (SQLite keeps those in a file of their own; PostgreSQL in the same database).
/// </summary>
public sealed class CatalogDatabases(Func<SqlDatabase> catalog, Func<SqlDatabase> security) : IDisposable
{
    private readonly Lazy<SqlDatabase> catalog = new(catalog);
    private readonly Lazy<SqlDatabase> security = new(security);

    public SqlDatabase Catalog => catalog.Value;

    public SqlDatabase Security => security.Value;

    public void Dispose()
    {
        var opened = new[] { catalog, security }.Where(l => l.IsValueCreated).Select(l => l.Value).Distinct();
        foreach (var database in opened.OfType<IDisposable>())
        {
            database.Dispose();
        }
    }
}
