using KnowledgeArchive.Client.Contracts;
using Refit;

namespace KnowledgeArchive.Client;

/// <summary>Creates the source-generated API client (no reflection fallback).</summary>
public static class KnowledgeArchiveClient
{
    /// <summary>A client over an <see cref="HttpClient"/> whose <see cref="HttpClient.BaseAddress"/> is the service root.</summary>
    public static IKnowledgeArchiveApi Create(HttpClient httpClient) =>
        RestService.ForGenerated<IKnowledgeArchiveApi>(httpClient, ArchiveJsonContext.Default);

    /// <summary>A client for the service at <paramref name="baseAddress"/>, e.g. <c>http://127.0.0.1:5080</c>.</summary>
    public static IKnowledgeArchiveApi Create(Uri baseAddress) =>
        Create(new HttpClient { BaseAddress = baseAddress });
}
