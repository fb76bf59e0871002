using System.Data.Common;
using System.Globalization;
using KnowledgeArchive.Catalog.Sql;
using KnowledgeArchive.Core.Storage;

namespace KnowledgeArchive.Catalog;

/// <summary>Numbers a save's changed documents in the change feed, within the save's transaction.</summary>
internal static class ChangeFeedRows
{
    /// <summary>
    /// Gives each document the next sequence, in order. Run last in the transaction: the feed's lock (where the engine
    /// needs one) is then held only from here to the commit.
    /// </summary>
    public static async Task<SequenceSpan> RecordAsync(
        DbConnection connection, DbTransaction transaction, SqlDialect dialect, IReadOnlyList<string> documentIds, CancellationToken cancellationToken)
    {
        if (documentIds.Count == 0)
        {
            return SequenceSpan.None;
        }

        if (dialect.SerializeFeed is { } serialize)
        {
            await using var turn = connection.CreateCommand();
            turn.Transaction = transaction;
            turn.CommandText = serialize;
            await turn.ExecuteNonQueryAsync(cancellationToken);
        }

        var after = await LatestAsync(connection, transaction, cancellationToken);
        await using var upsert = connection.CreateCommand();
        upsert.Transaction = transaction;
        upsert.CommandText = "INSERT INTO document_changes (document_id, sequence) VALUES (@id, @sequence)"
            + " ON CONFLICT (document_id) DO UPDATE SET sequence = excluded.sequence;";
        var id = upsert.Parameter("@id");
        var sequence = upsert.Parameter("@sequence");
        var next = after;
        foreach (var documentId in documentIds)
        {
            id.Value = documentId;
            sequence.Value = ++next;
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }

        return new SequenceSpan(after, next);
    }

    /// <summary>The latest sequence given (a document's row only ever moves up, so the highest is the latest).</summary>
    public static async Task<long> LatestAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(sequence), 0) FROM document_changes;";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}
