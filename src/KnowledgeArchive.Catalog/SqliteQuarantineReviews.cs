namespace KnowledgeArchive.Catalog;

/// <summary>The reviews of quarantined documents in the catalog's SQLite file.</summary>
public sealed class SqliteQuarantineReviews(CatalogDatabase database) : SqlQuarantineReviews(database);
