namespace KnowledgeArchive.Catalog;

/// <summary>The decisions, citations and policy facts in the catalog's SQLite file.</summary>
public sealed class SqliteDecisionStore(CatalogDatabase database) : SqlDecisionStore(database);
