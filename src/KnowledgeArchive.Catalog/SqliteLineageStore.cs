namespace KnowledgeArchive.Catalog;

/// <summary>The lineage graph in the catalog's SQLite file.</summary>
public sealed class SqliteLineageStore(CatalogDatabase database) : SqlLineageStore(database);
