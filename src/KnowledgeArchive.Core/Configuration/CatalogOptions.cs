namespace KnowledgeArchive.Core.Configuration;

/// <summary>Settings under <c>Archive:Catalog</c>: which database holds the catalog, the record of truth.</summary>
public sealed class CatalogOptions
{
    /// <summary>The embedded default: SQLite files in the data directory, no server to run.</summary>
    public const string Sqlite = "Sqlite";

    /// <summary>A PostgreSQL server, for archives that outgrow one machine or want a managed database.</summary>
    public const string PostgreSql = "PostgreSql";

    /// <summary><c>Sqlite</c> (the default) or <c>PostgreSql</c>.</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>
    /// The PostgreSQL connection string (<c>Host=…;Port=5432;Database=…;Username=…;Password=…</c>); only read when
    /// <see cref="Provider"/> is <c>PostgreSql</c>. The SQLite catalog always lives in the data directory.
    /// </summary>
    public string? ConnectionString { get; set; }
}
