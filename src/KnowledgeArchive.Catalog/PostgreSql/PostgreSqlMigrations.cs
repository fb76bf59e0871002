using System.Globalization;
using Npgsql;

namespace KnowledgeArchive.Catalog.PostgreSql;

/// <summary>
/// Brings a PostgreSQL catalog to this build's schema at start-up. Each applied migration is a row of
/// <c>schema_version</c>, written in the migration's own transaction; a session-level advisory lock makes services
/// starting together take turns, so each migration runs once, and a re-run finds nothing to do.
/// </summary>
internal static class PostgreSqlMigrations
{
    private const long LockKey = 0x4B41_4341_5441_4C; // "KACATAL"

    public static int Latest => PostgreSqlMigration.All.Count;

    public static void Migrate(NpgsqlDataSource dataSource)
    {
        using var connection = dataSource.OpenConnection();
        Execute(connection, null, $"SELECT pg_advisory_lock({LockKey});");
        try
        {
            Execute(connection, null, "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL);");
            var current = CurrentVersion(connection);
            if (current > Latest)
            {
                throw new InvalidOperationException(
                    $"The catalog was written by a newer version of KnowledgeArchive (schema {current}; this build knows {Latest}). Upgrade the service.");
            }

            foreach (var migration in PostgreSqlMigration.All.Where(m => m.Version > current))
            {
                using var transaction = connection.BeginTransaction();
                Execute(connection, transaction, migration.Sql);
                using var record = new NpgsqlCommand("INSERT INTO schema_version (version, name, applied_at) VALUES (@v, @n, @at);", connection, transaction);
                record.Parameters.AddWithValue("v", migration.Version);
                record.Parameters.AddWithValue("n", migration.Name);
                record.Parameters.AddWithValue("at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                record.ExecuteNonQuery();
                transaction.Commit();
            }
        }
        finally
        {
            Execute(connection, null, $"SELECT pg_advisory_unlock({LockKey});");
        }
    }

    public static int CurrentVersion(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version;", connection);
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }
}
