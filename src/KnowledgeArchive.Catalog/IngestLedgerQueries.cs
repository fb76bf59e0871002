using System.Data.Common;
using System.Globalization;
using KnowledgeArchive.Catalog.Sql;
using KnowledgeArchive.Core.Ingestion;

namespace KnowledgeArchive.Catalog;

/// <summary>The ledger's reads: batches with their counts, unfinished batches, and files with their outcomes.</summary>
internal static class IngestLedgerQueries
{
    public static async Task<IReadOnlyList<string>> UnfinishedBatchIdsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT batch_id FROM ingest_batches b WHERE listed = 0 OR EXISTS " +
            "(SELECT 1 FROM ingest_files f WHERE f.batch_id = b.batch_id AND f.state = 'pending') ORDER BY created_at;";
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public static async Task<IReadOnlyList<IngestFile>> FilesAsync(DbConnection connection, string where, string batchId, int limit, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = IngestFileRows.Select + " " + where + ";";
        command.Bind("@batch", batchId);
        command.Bind("@limit", limit);
        var files = new List<IngestFile>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            files.Add(IngestFileRows.Read(reader));
        }

        return files;
    }

    public static async Task<IReadOnlyList<IngestBatch>> BatchesAsync(DbConnection connection, string where, string? batchId, int limit, CancellationToken cancellationToken)
    {
        var batches = new List<IngestBatch>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT batch_id, source, input_path, created_at, listed FROM ingest_batches {where} ORDER BY created_at DESC, batch_id DESC LIMIT @limit;";
            command.Bind("@batch", (object?)batchId ?? DBNull.Value);
            command.Bind("@limit", limit);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                batches.Add(new IngestBatch
                {
                    BatchId = reader.GetString(0),
                    Source = reader.GetString(1),
                    InputPath = reader.GetString(2),
                    CreatedAt = DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                    Listed = reader.GetInt64(4) == 1,
                });
            }
        }

        for (var i = 0; i < batches.Count; i++)
        {
            await using var counts = connection.CreateCommand();
            counts.CommandText = IngestFileRows.Counts;
            counts.Bind("@batch", batches[i].BatchId);
            await using var reader = await counts.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            batches[i] = batches[i] with { Counts = IngestFileRows.ReadCounts(reader) };
        }

        return batches;
    }

    /// <summary>Documents of a batch's files (accepted or duplicated) that only a scope seeing everything may know of.</summary>
    public static async Task<HashSet<string>> HiddenDocumentsAsync(DbConnection connection, string batchId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT document_id FROM ({ScopeSql.RestrictedDocuments}) restricted WHERE document_id IN " +
            "(SELECT COALESCE(f.document_id, f.duplicate_of) FROM ingest_files f WHERE f.batch_id = @batch);";
        command.Bind("@batch", batchId);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}
