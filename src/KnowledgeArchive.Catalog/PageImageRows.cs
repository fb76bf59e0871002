using KnowledgeArchive.Catalog.Sql;
using KnowledgeArchive.Core.Extraction;

namespace KnowledgeArchive.Catalog;

/// <summary>Writes the kept pictures of a document's OCR'd pages, replacing any kept before.</summary>
internal static class PageImageRows
{
    public static async Task ReplaceAsync(StatementSet statements, string documentId, IReadOnlyList<PageImage> images, CancellationToken cancellationToken)
    {
        await statements.ExecuteAsync("DELETE FROM page_images WHERE document_id = @id;", cancellationToken, ("@id", documentId));
        if (images.Count == 0)
        {
            return;
        }

        var insert = statements.For("INSERT INTO page_images (document_id, page_number, media_type, content) VALUES (@id, @n, @type, @content)" +
            SqlStatements.ReplaceOnConflict("document_id, page_number", "media_type, content") + ";");
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
