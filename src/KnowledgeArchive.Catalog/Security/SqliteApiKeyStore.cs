namespace KnowledgeArchive.Catalog.Security;

/// <summary>The API keys in the security database's SQLite file.</summary>
public sealed class SqliteApiKeyStore(SecurityDatabase database, TimeProvider? clock = null) : SqlApiKeyStore(database, clock);
