using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Core.Search;

namespace KnowledgeArchive.Web.Mapping;

/// <summary>Index results to the API's search response shape.</summary>
internal static class SearchMapping
{
    public static SearchResponseDto ToDto(this SearchResults results, SearchQuery query) => new(
        results.Total,
        query.Page,
        query.PageSize,
        [.. results.Hits.Select(h => h.ToDto())],
        results.Facets.ToDictionary(
            f => f.Key,
            f => (IReadOnlyList<FacetValueDto>)[.. f.Value.Select(v => new FacetValueDto(v.Value, v.Count))],
            StringComparer.Ordinal))
    {
        DidYouMean = results.DidYouMean,
        SearchedFor = results.Reading?.SearchedFor,
    };

    public static SearchHitDto ToDto(this SearchHit hit) => new()
    {
        DocumentId = hit.DocumentId,
        Title = hit.Title,
        FileName = hit.FileName,
        DocumentType = hit.DocumentType,
        Ccg = hit.Ccg,
        Body = hit.Body,
        Date = hit.Date,
        Sensitivity = hit.Sensitivity,
        PageNumber = hit.PageNumber,
        Snippet = hit.Snippet,
        Score = hit.Score,
    };
}
