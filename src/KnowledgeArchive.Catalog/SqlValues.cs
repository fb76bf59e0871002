using System.Data.Common;
using System.Globalization;
using KnowledgeArchive.Catalog.Sql;

namespace KnowledgeArchive.Catalog;

/// <summary>Conversions between catalog columns and .NET values.</summary>
internal static class SqlValues
{
    public static object Db(object? value) => value ?? DBNull.Value;

    public static object Db(DateOnly? date) => date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value;

    public static string? Text(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static DateOnly? Date(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateOnly.ParseExact(reader.GetString(ordinal), "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
