using System.Data.Common;
using System.Globalization;
using KnowledgeArchive.Catalog.PostgreSql;
using KnowledgeArchive.Catalog.Security;
using KnowledgeArchive.Catalog.Sql;

namespace KnowledgeArchive.Catalog.Migration;

/// <summary>
/// Copies an archive's SQLite catalog (and its API keys and audit log) into PostgreSQL, table by table with every
/// column by name, in one transaction, then counts the rows at both ends and verifies the audit chain in the target.
/// The target must be empty unless <c>resume</c> is given: then rows already there (by key) are kept.
/// </summary>
public static class CatalogMigration
{
    public static async Task<CatalogMigrationReport> CopyAsync(
        SqlDatabase catalog, SqlDatabase? security, PostgreSqlDatabase target, bool resume, Action<string> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(progress);
        var sources = CatalogTables.Catalog.Select(t => (Table: t, Database: catalog))
            .Concat(security is null ? [] : CatalogTables.Security.Select(t => (Table: t, Database: security)))
            .ToList();
        if (!resume && await FirstNonEmptyAsync(target, sources.Select(s => s.Table), cancellationToken) is { } filled)
        {
            throw new InvalidOperationException(
                $"The target catalog is not empty ({filled.Table} has {filled.Rows} rows). Copy into an empty database, or pass --resume to keep what is there and add the rest.");
        }

        await using (var connection = target.Open())
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            foreach (var (table, database) in sources)
            {
                var copied = await CopyTableAsync(database, table, connection, transaction, cancellationToken);
                progress(string.Create(CultureInfo.InvariantCulture, $"{table}: {copied:N0} rows"));
            }

            await transaction.CommitAsync(cancellationToken);
        }

        var tables = new List<TableCopy>();
        foreach (var (table, database) in sources)
        {
            tables.Add(new TableCopy(table, await CountAsync(database, table, cancellationToken), await CountAsync(target, table, cancellationToken)));
        }

        var sourceAudit = security is null ? null : await new SqlAuditLog(security).VerifyAsync(cancellationToken);
        var targetAudit = security is null ? null : await new SqlAuditLog(target).VerifyAsync(cancellationToken);
        return new CatalogMigrationReport(tables, sourceAudit, targetAudit);
    }

    private static async Task<long> CopyTableAsync(SqlDatabase source, string table, DbConnection target, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var from = source.Open();
        await using var select = from.CreateCommand();
        select.CommandText = $"SELECT * FROM {table};";
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var columns = Enumerable.Range(0, reader.FieldCount).Select(i => Quoted(reader.GetName(i))).ToList();
        await using var insert = target.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))}){SqlStatements.IgnoreOnConflict};";
        var parameters = columns.Select((_, i) => insert.Parameter("@p" + i)).ToList();
        long rows = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            for (var i = 0; i < parameters.Count; i++)
            {
                parameters[i].Value = reader.GetValue(i);
            }

            try
            {
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (DbException ex)
            {
                throw new InvalidOperationException($"{table}: row {rows + 1} could not be copied, so nothing was: {ex.Message}", ex);
            }

            rows++;
        }

        return rows;
    }

    private static async Task<(string Table, long Rows)?> FirstNonEmptyAsync(SqlDatabase target, IEnumerable<string> tables, CancellationToken cancellationToken)
    {
        foreach (var table in tables)
        {
            if (await CountAsync(target, table, cancellationToken) is > 0 and var rows)
            {
                return (table, rows);
            }
        }

        return null;
    }

    private static async Task<long> CountAsync(SqlDatabase database, string table, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table};";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    // "on" is a word of SQL: every column is quoted so any name copies as it is.
    private static string Quoted(string column) => "\"" + column.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
