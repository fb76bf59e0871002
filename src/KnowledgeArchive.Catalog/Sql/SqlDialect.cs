namespace KnowledgeArchive.Catalog.Sql;

/// <summary>What SQLite and PostgreSQL word differently, and nothing else: every other statement is shared.</summary>
public abstract class SqlDialect
{
    /// <summary>A condition: <paramref name="column"/> equals <paramref name="parameter"/>, ignoring case.</summary>
    public abstract string EqualsIgnoringCase(string column, string parameter);

    /// <summary>The operator of a <c>LIKE</c> that ignores case.</summary>
    public abstract string LikeIgnoringCase { get; }

    /// <summary>
    /// A statement run first in an audit append's transaction so appends from several processes take turns, or null
    /// where the engine lets one writer in at a time anyway.
    /// </summary>
    public virtual string? SerializeAuditAppends => null;

    /// <summary>A statement run before reading the next ordinal of a batch's files, so expansions of one batch take turns.</summary>
    public virtual string? SerializeBatchFiles => null;

    /// <summary>
    /// A statement run in a save's transaction before it takes the change feed's next sequences, so saves from several
    /// processes take them in turn and commit in their order; null where one writer at a time holds the database anyway.
    /// </summary>
    public virtual string? SerializeFeed => null;
}
