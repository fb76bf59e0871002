using System.Data.Common;

namespace KnowledgeArchive.Catalog.Sql;

/// <summary>
/// A database the catalog's stores read and write: SQLite files in the data directory (the embedded default) or a
/// PostgreSQL server. The stores speak one SQL; the few places the engines differ are the <see cref="Dialect"/>'s.
/// </summary>
public abstract class SqlDatabase
{
    /// <summary>How this engine words what the engines word differently.</summary>
    public abstract SqlDialect Dialect { get; }

    /// <summary>Saves whose statuses readers must not see until searches are shown them too.</summary>
    internal CatalogPublication Publication { get; } = new();

    /// <summary>An open connection from the pool; the caller disposes it.</summary>
    public abstract DbConnection Open();

    /// <summary>Where the database is, for messages (never a password).</summary>
    public virtual string Describe => "the catalog";

    /// <summary>True when <paramref name="exception"/> says the database could not be reached, rather than that a statement failed.</summary>
    public virtual bool IsOutage(Exception exception) => exception is DbException { IsTransient: true };

    /// <summary>Drops pooled connections, which an outage may have left dead.</summary>
    public virtual void ClearPool()
    {
    }
}
