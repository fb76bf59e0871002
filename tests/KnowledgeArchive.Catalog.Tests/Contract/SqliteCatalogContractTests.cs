using KnowledgeArchive.Catalog.Security;
using KnowledgeArchive.Catalog.Sql;
using KnowledgeArchive.Core.Configuration;
using Microsoft.Data.Sqlite;

namespace KnowledgeArchive.Catalog.Tests.Contract;

/// <summary>The contract on the embedded default: SQLite files in a data directory of the test's own.</summary>
public sealed class SqliteCatalogContractTests : CatalogContract
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "ka-contract-" + Guid.NewGuid().ToString("N"));
    private readonly ArchivePaths paths;

    public SqliteCatalogContractTests()
    {
        paths = new ArchivePaths(new ArchiveOptions { DataDirectory = directory });
        Catalog = new CatalogDatabase(paths);
        Security = new SecurityDatabase(paths.SecurityFile);
    }

    protected override SqlDatabase Catalog { get; }

    protected override SqlDatabase Security { get; }

    protected override string LiftAuditGuard => "DROP TRIGGER audit_log_no_update;";

    protected override string ForgetFeedMigration => "DROP TABLE document_changes; PRAGMA user_version = 12;";

    protected override SqlDatabase Reopen() => new CatalogDatabase(paths);

    protected override void Dispose(bool disposing)
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the folder is in the temporary directory.
        }
    }
}
