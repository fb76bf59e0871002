using System.Globalization;
using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Search;

namespace KnowledgeArchive.Web.Apis;

/// <summary>Turns query-string values into a <see cref="SearchQuery"/>, or a message saying which value is wrong.</summary>
public static class SearchRequestParser
{
    public const int MaxPageSize = 100;

    public static (SearchQuery? Query, string? Error) Parse(
        string? q, string? ccg, string? icb, string? type, string? body, string? outcome,
        string? from, string? to, string? sort, string? page, string? pageSize, string? sensitivity = null)
    {
        if (!string.IsNullOrWhiteSpace(sensitivity) && sensitivity.Trim().ToLowerInvariant() is not (Sensitivities.Public or Sensitivities.Restricted))
        {
            return (null, $"'sensitivity' must be {Sensitivities.Public} or {Sensitivities.Restricted}, not '{sensitivity}'.");
        }

        // Outcomes are a closed list, so a value outside it is a mistake to report, not a filter that matches nothing.
        if (!string.IsNullOrWhiteSpace(outcome) && !DecisionOutcomes.All.Contains(outcome.Trim().ToLowerInvariant()))
        {
            return (null, $"'outcome' must be one of {string.Join(", ", DecisionOutcomes.All)}, not '{outcome}'.");
        }

        if (!QueryDate.TryParse(from, out var fromDate))
        {
            return (null, $"'from' must be a date like 2019-03-14, not '{from}'.");
        }

        if (!QueryDate.TryParse(to, out var toDate))
        {
            return (null, $"'to' must be a date like 2019-03-14, not '{to}'.");
        }

        if (fromDate is not null && toDate is not null && fromDate > toDate)
        {
            return (null, "'from' is after 'to': swap them or widen the range.");
        }

        if (!TryParsePositive(page, 1, int.MaxValue, out var pageNumber))
        {
            return (null, $"'page' must be a whole number from 1, not '{page}'.");
        }

        if (!TryParsePositive(pageSize, 20, MaxPageSize, out var size))
        {
            return (null, $"'pageSize' must be a whole number from 1 to {MaxPageSize}, not '{pageSize}'.");
        }

        SearchSort order;
        if (string.IsNullOrWhiteSpace(sort) && string.IsNullOrWhiteSpace(q))
        {
            // Browsing by filters alone: with no words to rank by, newest first.
            order = SearchSort.Date;
        }
        else if (string.IsNullOrWhiteSpace(sort) || sort.Equals("relevance", StringComparison.OrdinalIgnoreCase))
        {
            order = SearchSort.Relevance;
        }
        else if (sort.Equals("date", StringComparison.OrdinalIgnoreCase))
        {
            order = SearchSort.Date;
        }
        else
        {
            return (null, $"'sort' must be 'relevance' or 'date', not '{sort}'.");
        }

        return (new SearchQuery
        {
            Text = q?.Trim() ?? string.Empty,
            Ccg = NullIfBlank(ccg),
            Icb = NullIfBlank(icb),
            DocumentType = NullIfBlank(type),
            Body = NullIfBlank(body),
            Outcome = NullIfBlank(outcome)?.ToLowerInvariant(),
            Sensitivity = NullIfBlank(sensitivity)?.ToLowerInvariant(),
            From = fromDate,
            To = toDate,
            Sort = order,
            Page = pageNumber,
            PageSize = size,
        }, null);
    }

    private static bool TryParsePositive(string? value, int fallback, int max, out int result)
    {
        result = fallback;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out result) && result >= 1 && result <= max;
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
