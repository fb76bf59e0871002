using System.Data.Common;
using KnowledgeArchive.Catalog.Security;
using KnowledgeArchive.Catalog.Sql;

namespace KnowledgeArchive.Catalog.Tests.Contract;

/// <summary>
/// What every catalog engine must do, run against each (<see cref="SqliteCatalogContractTests"/>,
/// <see cref="PostgreSql.PostgreSqlCatalogContractTests"/>): the same stores, the same answers.
/// </summary>
public abstract partial class CatalogContract : IDisposable
{
    protected static CancellationToken None => CancellationToken.None;

    /// <summary>The catalog's database, migrated from empty.</summary>
    protected abstract SqlDatabase Catalog { get; }

    /// <summary>The database of API keys and the audit log.</summary>
    protected abstract SqlDatabase Security { get; }

    /// <summary>SQL that lets the next statement change the audit log around its append-only guard, as a tamperer would.</summary>
    protected abstract string LiftAuditGuard { get; }

    /// <summary>SQL that takes the catalog back to before the change feed, so the next open migrates to it again.</summary>
    protected abstract string ForgetFeedMigration { get; }

    /// <summary>Opens the catalog's storage again as a restarted service would, migrations and all.</summary>
    protected abstract SqlDatabase Reopen();

    protected SqlDocumentCatalog Documents => new(Catalog);

    protected SqlDecisionStore Decisions => new(Catalog);

    protected SqlLineageStore Lineage => new(Catalog);

    protected SqlIngestLedger Ledger => new(Catalog);

    protected SqlApiKeyStore Keys => new(Security);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected abstract void Dispose(bool disposing);

    protected static async Task<int> ExecuteAsync(SqlDatabase database, string sql)
    {
        await using DbConnection connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    protected static async Task<long> CountAsync(SqlDatabase database, string table)
    {
        await using DbConnection connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table};";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
