using System.Net.Sockets;
using KnowledgeArchive.Catalog.Sql;
using Npgsql;

namespace KnowledgeArchive.Catalog.PostgreSql;

/// <summary>
/// The catalog (and the API keys and audit log) in a PostgreSQL database: connections from Npgsql's pool, the schema
/// migrated once when this is made. One database serves every process of a deployment.
/// </summary>
public sealed class PostgreSqlDatabase : SqlDatabase, IDisposable
{
    private readonly NpgsqlDataSource dataSource;

    public PostgreSqlDatabase(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "Archive:Catalog:Provider is PostgreSql but Archive:Catalog:ConnectionString is empty: set it (Host=…;Database=…;Username=…;Password=…).");
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException($"Archive:Catalog:ConnectionString is not a PostgreSQL connection string: {ex.Message}", ex);
        }

        Describe = $"{builder.Host}:{builder.Port}/{builder.Database}";
        dataSource = NpgsqlDataSource.Create(builder);
        try
        {
            PostgreSqlMigrations.Migrate(dataSource);
        }
        catch (Exception ex) when (ex is NpgsqlException or SocketException)
        {
            dataSource.Dispose();
            throw new InvalidOperationException(
                $"Could not open the PostgreSQL catalog at {Describe}: {ex.Message}. Check that the server is running and Archive:Catalog:ConnectionString.", ex);
        }
    }

    /// <summary>Where the database is (host, port, database), never the password.</summary>
    public override string Describe { get; }

    public override SqlDialect Dialect => PostgreSqlDialect.Instance;

    public override NpgsqlConnection Open() => dataSource.OpenConnection();

    public override bool IsOutage(Exception exception) => PostgreSqlOutages.Is(exception);

    public override void ClearPool() => dataSource.Clear();

    public void Dispose() => dataSource.Dispose();
}
