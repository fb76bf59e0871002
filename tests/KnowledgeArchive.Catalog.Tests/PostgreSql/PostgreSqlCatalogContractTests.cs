using KnowledgeArchive.Catalog.PostgreSql;
using KnowledgeArchive.Catalog.Sql;
using KnowledgeArchive.Catalog.Tests.Contract;
using Npgsql;

namespace KnowledgeArchive.Catalog.Tests.PostgreSql;

/// <summary>The contract on PostgreSQL: a database of the test's own on the tests' server, migrated from empty.</summary>
public sealed class PostgreSqlCatalogContractTests : CatalogContract
{
    private readonly string connectionString = PostgreSqlServer.CreateDatabase();
    private readonly List<PostgreSqlDatabase> opened = [];

    public PostgreSqlCatalogContractTests()
    {
        var database = Track(new PostgreSqlDatabase(connectionString));
        Catalog = database;
        Security = database;
    }

    protected override SqlDatabase Catalog { get; }

    protected override SqlDatabase Security { get; }

    protected override string LiftAuditGuard => "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change;";

    protected override string ForgetFeedMigration => "DROP TABLE document_changes; DELETE FROM schema_version WHERE version = 4;";

    protected override SqlDatabase Reopen() => Track(new PostgreSqlDatabase(connectionString));

    [Fact]
    public async Task Migrations_RecordEachVersionOnce_EvenWhenServicesStartTogether()
    {
        var fresh = PostgreSqlServer.CreateDatabase();
        try
        {
            var started = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => new PostgreSqlDatabase(fresh))));
            foreach (var database in started)
            {
                database.Dispose();
            }

            await using var connection = new NpgsqlConnection(fresh);
            await connection.OpenAsync();
            await using var versions = new NpgsqlCommand("SELECT string_agg(version::text, ',' ORDER BY version) FROM schema_version;", connection);
            var shipped = typeof(PostgreSqlDatabase).Assembly.GetManifestResourceNames().Count(n => n.StartsWith("PostgreSql.Migrations.", StringComparison.Ordinal));
            Assert.Equal(string.Join(',', Enumerable.Range(1, shipped)), await versions.ExecuteScalarAsync());
        }
        finally
        {
            PostgreSqlServer.DropDatabase(fresh);
        }
    }

    [Fact]
    public async Task Open_ACatalogOfANewerSchema_StopsWithAMessageToUpgrade()
    {
        await ExecuteAsync(Catalog, "INSERT INTO schema_version (version, name, applied_at) VALUES (99, '0099_future', '2030-01-01');");

        var error = Assert.Throws<InvalidOperationException>(Reopen);

        Assert.Contains("newer version of KnowledgeArchive (schema 99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_AServerThatIsNotThere_SaysWhereItLooked()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new PostgreSqlDatabase("Host=127.0.0.1;Port=1;Database=archive;Username=ka;Timeout=2"));

        Assert.Contains("Could not open the PostgreSQL catalog at 127.0.0.1:1/archive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_WithoutAConnectionString_SaysWhichSettingToGive()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new PostgreSqlDatabase(" "));
        Assert.Contains("Archive:Catalog:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    protected override void Dispose(bool disposing)
    {
        opened.ForEach(d => d.Dispose());
        PostgreSqlServer.DropDatabase(connectionString);
    }

    private PostgreSqlDatabase Track(PostgreSqlDatabase database)
    {
        opened.Add(database);
        return database;
    }
}
