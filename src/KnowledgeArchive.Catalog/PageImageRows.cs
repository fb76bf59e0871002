using System.Data.Common;
using KnowledgeArchive.Catalog.Sql;
using KnowledgeArchive.Core.Extraction;

namespace KnowledgeArchive.Catalog;

/// <summary>Writes the kept pictures of a document's OCR'd pages, replacing any kept before.</summary>
internal static class PageImageRows
{
    public static async Task ReplaceAsync(DbConnection connection, DbTransaction transaction, string documentId, IReadOnlyList<PageImage> images, CancellationToken cancellationToken)
    {
        await using (var clear = connection.CreateCommand())
        {
            clear.Transaction = transaction;
            clear.CommandText = "DELETE FROM page_images WHERE document_id = @id;";
            clear.Bind("@id", documentId);
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO page_images (document_id, page_number, media_type, content) VALUES (@id, @n, @type, @content)" +
            SqlStatements.ReplaceOnConflict("document_id, page_number", "media_type, content") + ";";
        insert.Bind("@id", documentId);
        var number = insert.Parameter("@n");
        var type = insert.Parameter("@type");
        var content = insert.Parameter("@content");
        foreach (var image in images)
        {
            number.Value = image.PageNumber;
            type.Value = image.MediaType;
            content.Value = image.Content;
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
