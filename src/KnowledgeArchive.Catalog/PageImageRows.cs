using KnowledgeArchive.Core.Extraction;
using Microsoft.Data.Sqlite;

namespace KnowledgeArchive.Catalog;

/// <summary>Writes the kept pictures of a document's OCR'd pages, replacing any kept before.</summary>
internal static class PageImageRows
{
    public static async Task ReplaceAsync(SqliteConnection connection, SqliteTransaction transaction, string documentId, IReadOnlyList<PageImage> images, CancellationToken cancellationToken)
    {
        await using (var clear = connection.CreateCommand())
        {
            clear.Transaction = transaction;
            clear.CommandText = "DELETE FROM page_images WHERE document_id = $id;";
            clear.Parameters.AddWithValue("$id", documentId);
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT OR REPLACE INTO page_images (document_id, page_number, media_type, content) VALUES ($id, $n, $type, $content);";
        insert.Parameters.AddWithValue("$id", documentId);
        var number = insert.Parameters.Add("$n", SqliteType.Integer);
        var type = insert.Parameters.Add("$type", SqliteType.Text);
        var content = insert.Parameters.Add("$content", SqliteType.Blob);
        foreach (var image in images)
        {
            number.Value = image.PageNumber;
            type.Value = image.MediaType;
            content.Value = image.Content;
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
