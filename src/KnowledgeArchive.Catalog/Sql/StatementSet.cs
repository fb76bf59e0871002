using System.Data.Common;

namespace KnowledgeArchive.Catalog.Sql;

/// <summary>
/// The commands of one transaction, each made once per statement text and executed again for every row: a group
/// commit writes the same few statements for each of its documents, and each new command was parsed and prepared
/// again by the engine, row after row (docs/benchmarks.md, "Bulk ingest").
/// </summary>
internal sealed class StatementSet(DbConnection connection, DbTransaction transaction) : IAsyncDisposable
{
    private readonly Dictionary<string, DbCommand> commands = new(StringComparer.Ordinal);

    public DbConnection Connection => connection;

    public DbTransaction Transaction => transaction;

    /// <summary>The command for <paramref name="sql"/> in this transaction, without parameters: bind this row's.</summary>
    public DbCommand For(string sql)
    {
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            commands.Add(sql, command);
        }

        command.Parameters.Clear();
        return command;
    }

    /// <summary>Executes <paramref name="sql"/> with the given parameters.</summary>
    public Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var command = For(sql);
        foreach (var (name, value) in parameters)
        {
            command.Bind(name, value);
        }

        return command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in commands.Values)
        {
            await command.DisposeAsync();
        }

        commands.Clear();
    }
}
