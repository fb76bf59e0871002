namespace KnowledgeArchive.Catalog.Sql;

/// <summary>
/// Text as every engine can store it: PostgreSQL's text holds no NUL character, so one (in a name a caller typed, a
/// property a file carried) is written U+FFFD, in every engine, and both hold the same values.
/// </summary>
internal static class SqlText
{
    public static string? Storable(string? text) =>
        text is not null && text.Contains('\0', StringComparison.Ordinal) ? text.Replace('\0', '\uFFFD') : text;
}
