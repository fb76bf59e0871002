using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using KnowledgeArchive.Catalog.Sql;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Ingestion;
using KnowledgeArchive.Core.Security;

namespace KnowledgeArchive.Catalog;

/// <summary>
/// The ingest ledger in the catalog database. A file's ledger row and the document it becomes are written in one
/// transaction, so after any crash the two agree: a file is either still pending or recorded with its document.
/// </summary>
public class SqlIngestLedger(SqlDatabase database) : IIngestLedger
{
    private const string InsertFile = """
        INSERT INTO ingest_files (batch_id, ordinal, parent_ordinal, path, disk_path, entry_chain, archive_sha256, entry_path, state, reason_code, reason)
        VALUES (@batch, @ordinal, @parent, @path, @disk, @chain, @archive, @entry, @state, @code, @reason);
        """;

    public async Task<string> CreateBatchAsync(string source, string inputPath, DateTimeOffset createdAt, CancellationToken cancellationToken)
    {
        var batchId = string.Create(CultureInfo.InvariantCulture, $"batch-{createdAt.UtcDateTime:yyyyMMdd-HHmmss}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}");
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO ingest_batches (batch_id, source, input_path, created_at) VALUES (@id, @source, @input, @created);";
        command.Bind("@id", batchId);
        command.Bind("@source", source);
        command.Bind("@input", inputPath);
        command.Bind("@created", createdAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
        return batchId;
    }

    public async Task ListFilesAsync(string batchId, IReadOnlyList<NewIngestFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        await using var connection = database.Open();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, "DELETE FROM ingest_files WHERE batch_id = @batch;", cancellationToken, ("@batch", batchId));
        await InsertFilesAsync(connection, transaction, batchId, null, 0, files, cancellationToken);
        await ExecuteAsync(connection, transaction, "UPDATE ingest_batches SET listed = 1 WHERE batch_id = @batch;", cancellationToken, ("@batch", batchId));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task ExpandAsync(string batchId, long ordinal, string archiveSha256, long archiveSize, IReadOnlyList<NewIngestFile> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        await using var connection = database.Open();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var marked = await ExecuteAsync(
            connection,
            transaction,
            "UPDATE ingest_files SET state = 'expanded', sha256 = @sha, size_bytes = @size WHERE batch_id = @batch AND ordinal = @ordinal AND state = 'pending';",
            cancellationToken,
            ("@batch", batchId),
            ("@ordinal", ordinal),
            ("@sha", archiveSha256),
            ("@size", archiveSize));
        if (marked == 1)
        {
            if (database.Dialect.SerializeBatchFiles is { } serialize)
            {
                await ExecuteAsync(connection, transaction, serialize, cancellationToken, ("@batch", batchId));
            }

            await using var max = connection.CreateCommand();
            max.Transaction = transaction;
            max.CommandText = "SELECT COALESCE(MAX(ordinal), -1) FROM ingest_files WHERE batch_id = @batch;";
            max.Bind("@batch", batchId);
            var next = Convert.ToInt64(await max.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) + 1;
            await InsertFilesAsync(connection, transaction, batchId, ordinal, next, entries, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IngestOutcome> AcceptAsync(string batchId, long ordinal, DocumentRecord document, CancellationToken cancellationToken) =>
        (await AcceptAllAsync(batchId, [new AcceptedFile(ordinal, document)], cancellationToken))[0];

    public async Task<IReadOnlyList<IngestOutcome>> AcceptAllAsync(string batchId, IReadOnlyList<AcceptedFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var outcomes = new List<IngestOutcome>(files.Count);
        if (files.Count == 0)
        {
            return outcomes;
        }

        await using var connection = database.Open();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (ordinal, document) in files)
        {
            ArgumentNullException.ThrowIfNull(document);

            // The file first: one no longer pending (already recorded) changes nothing, least of all adds a document
            // no file accounts for. A concurrent writer of the same row waits for this transaction, then finds it done.
            var claimed = await ExecuteAsync(
                connection,
                transaction,
                "UPDATE ingest_files SET state = @state, sha256 = @sha, size_bytes = @size, document_id = @doc, duplicate_of = NULL, reason_code = NULL, reason = NULL " +
                "WHERE batch_id = @batch AND ordinal = @ordinal AND state = 'pending';",
                cancellationToken,
                ("@batch", batchId),
                ("@ordinal", ordinal),
                ("@state", IngestFileRows.StateText(IngestFileState.Accepted)),
                ("@sha", document.Sha256),
                ("@size", document.SizeBytes),
                ("@doc", document.DocumentId));
            if (claimed != 1)
            {
                outcomes.Add(new IngestOutcome(IngestStatus.Duplicate, document.DocumentId));
                continue;
            }

            if (await SqlDocumentCatalog.TryAddAsync(connection, transaction, document, cancellationToken))
            {
                outcomes.Add(new IngestOutcome(IngestStatus.Pending, document.DocumentId));
                continue;
            }

            await ExecuteAsync(
                connection,
                transaction,
                "UPDATE ingest_files SET state = @state, duplicate_of = @doc WHERE batch_id = @batch AND ordinal = @ordinal;",
                cancellationToken,
                ("@batch", batchId),
                ("@ordinal", ordinal),
                ("@state", IngestFileRows.StateText(IngestFileState.Duplicate)),
                ("@doc", document.DocumentId));
            outcomes.Add(new IngestOutcome(IngestStatus.Duplicate, document.DocumentId));
        }

        await transaction.CommitAsync(cancellationToken);
        return outcomes;
    }

    public async Task SetVerdictAsync(string batchId, long ordinal, IngestFileVerdict verdict, string? sha256, long? sizeBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        await using var connection = database.Open();
        await ExecuteAsync(
            connection,
            null,
            "UPDATE ingest_files SET state = @state, reason_code = @code, reason = @reason, sha256 = @sha, size_bytes = @size WHERE batch_id = @batch AND ordinal = @ordinal AND state = 'pending';",
            cancellationToken,
            ("@batch", batchId),
            ("@ordinal", ordinal),
            ("@state", IngestFileRows.StateText(verdict.State)),
            ("@code", verdict.Reason.Code),
            ("@reason", verdict.Reason.Message),
            ("@sha", sha256),
            ("@size", sizeBytes));
    }

    public async Task<IReadOnlyList<string>> ResetFailuresAsync(string batchId, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var documents = new List<string>();
        await using (var find = connection.CreateCommand())
        {
            find.Transaction = transaction;
            find.CommandText = "SELECT DISTINCT d.document_id FROM ingest_files f JOIN documents d ON d.document_id = f.document_id " +
                "WHERE f.batch_id = @batch AND f.state = 'accepted' AND d.status = 'quarantined';";
            find.Bind("@batch", batchId);
            await using var reader = await find.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                documents.Add(reader.GetString(0));
            }
        }

        foreach (var id in documents)
        {
            await ExecuteAsync(connection, transaction, "UPDATE documents SET status = 'pending', quarantine_code = NULL, quarantine_message = NULL WHERE document_id = @id;", cancellationToken, ("@id", id));
        }

        await ExecuteAsync(
            connection,
            transaction,
            "UPDATE ingest_files SET state = 'pending', reason_code = NULL, reason = NULL WHERE batch_id = @batch AND state = 'quarantined';",
            cancellationToken,
            ("@batch", batchId));
        await transaction.CommitAsync(cancellationToken);
        return documents;
    }

    public async Task<IngestBatch?> FindBatchAsync(string batchId, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        var batch = (await IngestLedgerQueries.BatchesAsync(connection, "WHERE batch_id = @batch", batchId, 1, cancellationToken)).FirstOrDefault();
        await database.Publication.ShownAsync(cancellationToken);
        return batch;
    }

    public async Task<IReadOnlyList<IngestBatch>> ListBatchesAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        var batches = await IngestLedgerQueries.BatchesAsync(connection, string.Empty, null, limit, cancellationToken);
        await database.Publication.ShownAsync(cancellationToken);
        return batches;
    }

    public async Task<IReadOnlyList<string>> ListUnfinishedBatchIdsAsync(CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        return await IngestLedgerQueries.UnfinishedBatchIdsAsync(connection, cancellationToken);
    }

    public async Task<IReadOnlyList<IngestFile>> PendingFilesAsync(string batchId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        return await IngestLedgerQueries.FilesAsync(connection, "WHERE f.batch_id = @batch AND f.state = 'pending' ORDER BY f.ordinal LIMIT @limit", batchId, limit, cancellationToken);
    }

    public async Task<IReadOnlyList<IngestFile>> FilesAsync(string batchId, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        var files = await IngestLedgerQueries.FilesAsync(connection, "WHERE f.batch_id = @batch ORDER BY f.path, f.ordinal LIMIT @limit", batchId, int.MaxValue, cancellationToken);
        await database.Publication.ShownAsync(cancellationToken);
        return files;
    }

    public async Task<IReadOnlyList<IngestFile>> FilesAsync(string batchId, RecordScope scope, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        var files = await IngestLedgerQueries.FilesAsync(connection, "WHERE f.batch_id = @batch ORDER BY f.path, f.ordinal LIMIT @limit", batchId, int.MaxValue, cancellationToken);
        await database.Publication.ShownAsync(cancellationToken);
        if (scope == RecordScope.All)
        {
            return files;
        }

        var hidden = await IngestLedgerQueries.HiddenDocumentsAsync(connection, batchId, cancellationToken);
        return [.. files.Select(f => hidden.Contains(f.DocumentId ?? f.DuplicateOf ?? string.Empty) ? f with { DocumentId = null, DuplicateOf = null, Sha256 = null } : f)];
    }

    private static async Task InsertFilesAsync(
        DbConnection connection, DbTransaction transaction, string batchId, long? parent, long firstOrdinal, IReadOnlyList<NewIngestFile> files, CancellationToken cancellationToken)
    {
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = InsertFile;
        var p = new Dictionary<string, DbParameter>();
        foreach (var name in new[] { "@batch", "@ordinal", "@parent", "@path", "@disk", "@chain", "@archive", "@entry", "@state", "@code", "@reason" })
        {
            p[name] = insert.Parameter(name);
        }

        var ordinal = firstOrdinal;
        foreach (var file in files)
        {
            p["@batch"].Value = batchId;
            p["@ordinal"].Value = ordinal++;
            p["@parent"].Value = SqlValues.Db(parent);
            p["@path"].Value = file.Path;
            p["@disk"].Value = file.Location.DiskPath;
            p["@chain"].Value = IngestFileRows.Chain(file.Location);
            p["@archive"].Value = SqlValues.Db(file.ArchiveSha256);
            p["@entry"].Value = SqlValues.Db(file.EntryPath);
            p["@state"].Value = IngestFileRows.StateText(file.Skip?.State ?? IngestFileState.Pending);
            p["@code"].Value = SqlValues.Db(file.Skip?.Reason.Code);
            p["@reason"].Value = SqlValues.Db(file.Skip?.Reason.Message);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Bind(name, SqlValues.Db(value));
        }

        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
