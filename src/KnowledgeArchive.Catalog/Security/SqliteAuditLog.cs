namespace KnowledgeArchive.Catalog.Security;

/// <summary>The audit log in the security database's SQLite file.</summary>
public sealed class SqliteAuditLog(SecurityDatabase database, TimeProvider? clock = null) : SqlAuditLog(database, clock);
