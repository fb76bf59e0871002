using KnowledgeArchive.Catalog.Sql;
using KnowledgeArchive.Core.Storage;

namespace KnowledgeArchive.Catalog;

/// <summary>The catalog's change feed, in whichever database <see cref="SqlDatabase"/> is.</summary>
public sealed class SqlCatalogFeed(SqlDatabase database) : ICatalogFeed
{
    public async Task<long> SequenceAsync(CancellationToken cancellationToken)
    {
        long sequence;
        await using (var connection = database.Open())
        {
            sequence = await ChangeFeedRows.LatestAsync(connection, null, cancellationToken);
        }

        // As for statuses: a sequence read here is one whose save has shown searches what it saved.
        await database.Publication.ShownAsync(cancellationToken);
        return sequence;
    }

    public async Task<IReadOnlyList<CatalogChange>> ChangesAfterAsync(long sequence, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT sequence, document_id FROM document_changes WHERE sequence > @after ORDER BY sequence LIMIT @limit;";
        command.Bind("@after", sequence);
        command.Bind("@limit", limit);
        var changes = new List<CatalogChange>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            changes.Add(new CatalogChange(reader.GetInt64(0), reader.GetString(1)));
        }

        return changes;
    }
}
