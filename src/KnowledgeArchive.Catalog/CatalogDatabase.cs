using KnowledgeArchive.Catalog.Sql;
using KnowledgeArchive.Core.Configuration;
using Microsoft.Data.Sqlite;

namespace KnowledgeArchive.Catalog;

/// <summary>The catalog's SQLite file (WAL mode): opened and migrated once, then connections from the pool.</summary>
public sealed class CatalogDatabase : SqlDatabase
{
    private readonly string connectionString;

    public CatalogDatabase(ArchivePaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        Directory.CreateDirectory(Path.GetDirectoryName(paths.CatalogFile)!);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = paths.CatalogFile,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        using var connection = Open();
        CatalogSchema.Migrate(connection);
    }

    public override SqlDialect Dialect => SqliteDialect.Instance;

    public override SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";
        pragma.ExecuteNonQuery();
        return connection;
    }
}
