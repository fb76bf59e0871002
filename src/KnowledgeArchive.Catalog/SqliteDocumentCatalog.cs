namespace KnowledgeArchive.Catalog;

/// <summary>The documents and their pages in the catalog's SQLite file.</summary>
public sealed class SqliteDocumentCatalog(CatalogDatabase database) : SqlDocumentCatalog(database);
