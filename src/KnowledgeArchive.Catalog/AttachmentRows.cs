using System.Data.Common;
using KnowledgeArchive.Catalog.Sql;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Security;

namespace KnowledgeArchive.Catalog;

/// <summary>
/// The links between a document (an email) and the files attached to it. A link is shown only when the attached
/// document is one the scope may see; a zip attachment (a batch) only to those who see unread files.
/// </summary>
internal static class AttachmentRows
{
    public static async Task ReplaceAsync(DbConnection connection, string documentId, IReadOnlyList<DocumentAttachment> attachments, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var clear = connection.CreateCommand())
        {
            clear.Transaction = transaction;
            clear.CommandText = "DELETE FROM attachments WHERE parent_document_id = @id;";
            clear.Bind("@id", documentId);
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO attachments (parent_document_id, ordinal, file_name, child_document_id, batch_id) VALUES (@id, @ordinal, @name, @child, @batch);";
            insert.Bind("@id", documentId);
            var ordinal = insert.Parameter("@ordinal");
            var name = insert.Parameter("@name");
            var child = insert.Parameter("@child");
            var batch = insert.Parameter("@batch");
            foreach (var attachment in attachments)
            {
                ordinal.Value = attachment.Ordinal;
                name.Value = attachment.FileName;
                child.Value = (object?)attachment.DocumentId ?? DBNull.Value;
                batch.Value = (object?)attachment.BatchId ?? DBNull.Value;
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public static async Task<IReadOnlyList<DocumentAttachment>> ListAsync(DbConnection connection, string documentId, RecordScope scope, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        var batches = scope == RecordScope.PublicRead ? "0 = 1" : "child_document_id IS NULL";
        command.CommandText =
            "SELECT ordinal, file_name, child_document_id, batch_id FROM attachments WHERE parent_document_id = @id " +
            $"AND (({batches}) OR (child_document_id IS NOT NULL AND {ScopeSql.DocumentVisible(scope, "child_document_id")})) ORDER BY ordinal;";
        command.Bind("@id", documentId);
        var list = new List<DocumentAttachment>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new DocumentAttachment(reader.GetInt32(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
        }

        return list;
    }

    public static async Task<IReadOnlyList<AttachedTo>> ParentsAsync(DbConnection connection, string documentId, RecordScope scope, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT a.parent_document_id, d.file_name, d.title, a.file_name FROM attachments a JOIN documents d ON d.document_id = a.parent_document_id " +
            $"WHERE a.child_document_id = @id AND {ScopeSql.DocumentVisible(scope, "a.parent_document_id")} ORDER BY d.ingested_at, a.ordinal;";
        command.Bind("@id", documentId);
        var list = new List<AttachedTo>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new AttachedTo(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return list;
    }
}
