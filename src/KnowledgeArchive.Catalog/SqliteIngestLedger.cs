namespace KnowledgeArchive.Catalog;

/// <summary>The ingest ledger in the catalog's SQLite file.</summary>
public sealed class SqliteIngestLedger(CatalogDatabase database) : SqlIngestLedger(database);
