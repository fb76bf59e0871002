using KnowledgeArchive.Client.Contracts;
using Refit;

namespace KnowledgeArchive.Client;

/// <summary>Creates the source-generated API client (no reflection fallback).</summary>
public static class KnowledgeArchiveClient
{
    /// <summary>A client over an <see cref="HttpClient"/> whose <see cref="HttpClient.BaseAddress"/> is the service root.</summary>
    public static IKnowledgeArchiveApi Create(HttpClient httpClient) =>
        RestService.ForGenerated<IKnowledgeArchiveApi>(httpClient, ArchiveJsonContext.Default);

    /// <summary>A client for the service at <paramref name="baseAddress"/>, e.g. <c>http://127.0.0.1:5080</c>, sending <paramref name="apiKey"/> when given.</summary>
    public static IKnowledgeArchiveApi Create(Uri baseAddress, string? apiKey = null)
    {
        var httpClient = new HttpClient { BaseAddress = baseAddress };
        UseApiKey(httpClient, apiKey);
        return Create(httpClient);
    }

    /// <summary>Makes every request of <paramref name="httpClient"/> carry the API key (<c>X-Api-Key</c>); nothing when the key is blank.</summary>
    public static void UseApiKey(HttpClient httpClient, string? apiKey)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        httpClient.DefaultRequestHeaders.Remove(ApiKeyHeader.Name);
        if (!string.IsNullOrWhiteSpace(apiKey))
        {
            httpClient.DefaultRequestHeaders.Add(ApiKeyHeader.Name, apiKey.Trim());
        }
    }
}
