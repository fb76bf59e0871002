using KnowledgeArchive.Catalog.Sql;
using KnowledgeArchive.Core.Configuration;
using Microsoft.Data.Sqlite;

namespace KnowledgeArchive.Catalog;

/// <summary>The catalog's SQLite file (WAL mode): opened and migrated once, then connections from the pool.</summary>
public sealed class CatalogDatabase : SqlDatabase
{
    private readonly string connectionString;

    public CatalogDatabase(ArchivePaths paths)
        : this((paths ?? throw new ArgumentNullException(nameof(paths))).CatalogFile)
    {
    }

    /// <summary>Opens (and migrates) the catalog in <paramref name="file"/>, wherever it is.</summary>
    public CatalogDatabase(string file)
    {
        ArgumentException.ThrowIfNullOrEmpty(file);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = file,
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
