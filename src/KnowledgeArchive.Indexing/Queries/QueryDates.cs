using System.Globalization;
using KnowledgeArchive.Core.Search;

namespace KnowledgeArchive.Indexing.Queries;

/// <summary>Dates in query text: a year (2019), a month (2019-03) or a day (2019-03-14), each the span of days it covers.</summary>
internal static class QueryDates
{
    public static (DateOnly From, DateOnly To) Parse(string text)
    {
        var value = text.Trim();
        var inv = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", inv, DateTimeStyles.None, out var day))
        {
            return (day, day);
        }

        if (DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", inv, DateTimeStyles.None, out var month) && value.Length == 7)
        {
            return (month, month.AddMonths(1).AddDays(-1));
        }

        if (value.Length == 4 && int.TryParse(value, NumberStyles.None, inv, out var year) && year >= 1)
        {
            return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }

        throw new InvalidQueryException($"'{text}' is not a date: write a year (2019), a month (2019-03) or a day (2019-03-14), as in date:[2018-01-01 TO 2019-12-31].");
    }
}
