namespace KnowledgeArchive.Catalog.Sql;

/// <summary>SQLite: one writer at a time, ASCII case folding by <c>NOCASE</c> (which the catalog's indexes use).</summary>
public sealed class SqliteDialect : SqlDialect
{
    public static SqliteDialect Instance { get; } = new();

    public override string EqualsIgnoringCase(string column, string parameter) => $"{column} = {parameter} COLLATE NOCASE";

    public override string LikeIgnoringCase => "LIKE";
}
