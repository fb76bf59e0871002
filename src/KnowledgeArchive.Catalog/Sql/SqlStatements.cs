namespace KnowledgeArchive.Catalog.Sql;

/// <summary>Clauses both engines read alike (SQLite since 3.24 and PostgreSQL share the upsert syntax).</summary>
internal static class SqlStatements
{
    /// <summary>
    /// Ends an <c>INSERT</c> so a row whose key is taken replaces that row's other columns, as SQLite's
    /// <c>INSERT OR REPLACE</c> did: <c>ON CONFLICT (keys) DO UPDATE SET column = excluded.column, …</c>.
    /// </summary>
    public static string ReplaceOnConflict(string keys, string columns)
    {
        var key = keys.Split(',', StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var updates = columns.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(c => !key.Contains(c))
            .Select(c => $"{c} = excluded.{c}");
        return $" ON CONFLICT ({keys}) DO UPDATE SET {string.Join(", ", updates)}";
    }

    /// <summary>Ends an <c>INSERT</c> so a row whose key (any unique one) is taken is left as it was.</summary>
    public const string IgnoreOnConflict = " ON CONFLICT DO NOTHING";
}
