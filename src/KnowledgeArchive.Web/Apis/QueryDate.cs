using System.Globalization;

namespace KnowledgeArchive.Web.Apis;

/// <summary>Dates in query strings and forms: ISO 8601 days (<c>2019-03-26</c>) or nothing.</summary>
public static class QueryDate
{
    /// <summary>True for a blank value (no date) or an ISO day; false for anything else.</summary>
    public static bool TryParse(string? value, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }
}
