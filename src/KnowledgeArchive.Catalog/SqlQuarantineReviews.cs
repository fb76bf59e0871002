using System.Globalization;
using KnowledgeArchive.Catalog.Sql;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Storage;

namespace KnowledgeArchive.Catalog;

/// <summary>Reviews of quarantined documents in the catalog's <c>quarantine_reviews</c> table.</summary>
public class SqlQuarantineReviews(SqlDatabase database) : IQuarantineReviews
{
    public async Task<QuarantineReview?> FindAsync(string documentId, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT reviewed_by, reviewer_key_id, reviewed_at, note FROM quarantine_reviews WHERE document_id = @id;";
        command.Bind("@id", documentId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new QuarantineReview(
            documentId,
            reader.GetString(0),
            reader.IsDBNull(1) ? null : reader.GetString(1),
            DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            reader.GetString(3));
    }

    public async Task SaveAsync(QuarantineReview review, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText =
            "INSERT INTO quarantine_reviews (document_id, reviewed_by, reviewer_key_id, reviewed_at, note) VALUES (@id, @by, @key, @at, @note)" +
            SqlStatements.ReplaceOnConflict("document_id", "reviewed_by, reviewer_key_id, reviewed_at, note") + ";";
        command.Bind("@id", review.DocumentId);
        command.Bind("@by", review.ReviewedBy);
        command.Bind("@key", (object?)review.ReviewerKeyId ?? DBNull.Value);
        command.Bind("@at", review.ReviewedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        command.Bind("@note", review.Note);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ClearAsync(string documentId, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM quarantine_reviews WHERE document_id = @id;";
        command.Bind("@id", documentId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
