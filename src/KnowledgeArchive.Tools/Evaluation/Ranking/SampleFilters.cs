using System.Globalization;
using System.Text.Json;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Enrichment.Organisations;

namespace KnowledgeArchive.Tools.Evaluation.Ranking;

/// <summary>
/// The <c>filters</c> of the sample archive's fielded queries as the product's search filters: organisation codes
/// become the gazetteer's names, years and months become date ranges. Filters the product has no equivalent for are
/// reported, not applied.
/// </summary>
internal static class SampleFilters
{
    public static (SearchQuery Query, IReadOnlyList<string> NotApplied) Apply(SearchQuery query, JsonElement filters, Gazetteer gazetteer)
    {
        var notApplied = new List<string>();
        if (filters.ValueKind != JsonValueKind.Object)
        {
            return (query, notApplied);
        }

        foreach (var filter in filters.EnumerateObject())
        {
            var value = filter.Value.ValueKind == JsonValueKind.String ? filter.Value.GetString()! : filter.Value.GetRawText();
            switch (filter.Name)
            {
                case "doc_type":
                    query = query with { DocumentType = value };
                    break;
                case "ccg":
                    query = query with { Ccg = Named(gazetteer, value) };
                    break;
                case "icb":
                    query = query with { Icb = Named(gazetteer, value) };
                    break;
                case "body":
                    query = query with { Body = value };
                    break;
                case "year" or "approval_year":
                    // A policy's date in the archive is its approval date.
                    var year = int.Parse(value, CultureInfo.InvariantCulture);
                    query = query with { From = new DateOnly(year, 1, 1), To = new DateOnly(year, 12, 31) };
                    break;
                case "month":
                    var first = DateOnly.ParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
                    query = query with { From = first, To = first.AddMonths(1).AddDays(-1) };
                    break;
                default:
                    notApplied.Add($"{filter.Name}={value}");
                    break;
            }
        }

        return (query, notApplied);
    }

    /// <summary>
    /// The register's name for an organisation code. A code it lacks would filter every document out and score the
    /// query 0 without a word, so it stops the evaluation instead.
    /// </summary>
    private static string Named(Gazetteer gazetteer, string code) =>
        gazetteer.Find(code)?.Name ?? throw new InvalidOperationException(
            $"The organisation code '{code}' of a fielded query is not in the register. The development samples' organisations are in " +
            "ingest-config/organisations.demo.json: add --organisations ingest-config/organisations.demo.json.");
}
