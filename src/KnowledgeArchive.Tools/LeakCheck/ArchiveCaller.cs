using System.Net;
using System.Text.Json;

namespace KnowledgeArchive.Tools.LeakCheck;

/// <summary>The service as one caller sees it: GETs sent with that caller's API key (<c>X-Api-Key</c>).</summary>
internal sealed class ArchiveCaller(HttpClient http, string apiKey) : IDisposable
{
    public async Task<(HttpStatusCode Status, string Body)> GetAsync(string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("X-Api-Key", apiKey);
        using var response = await http.SendAsync(request, cancellationToken);
        var body = response.Content.Headers.ContentType?.MediaType is "application/json" or "application/problem+json" or "text/csv" or "text/html"
            ? await response.Content.ReadAsStringAsync(cancellationToken)
            : string.Empty;
        return (response.StatusCode, body);
    }

    public async Task<JsonElement> JsonAsync(string path, CancellationToken cancellationToken)
    {
        var (status, body) = await GetAsync(path, cancellationToken);
        if (status != HttpStatusCode.OK)
        {
            throw new HttpRequestException($"GET {path} answered {(int)status}", null, status);
        }

        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    /// <summary>Every item of a paged list (<c>{total, items}</c>), page by page.</summary>
    public async Task<List<JsonElement>> AllItemsAsync(string path, CancellationToken cancellationToken)
    {
        var items = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var list = await JsonAsync($"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}page={page}&pageSize=200", cancellationToken);
            var pageItems = list.GetProperty("items").EnumerateArray().ToList();
            items.AddRange(pageItems);
            if (pageItems.Count == 0 || items.Count >= list.GetProperty("total").GetInt32())
            {
                return items;
            }
        }
    }

    public void Dispose() => http.Dispose();
}
