using System.Net;
using KnowledgeArchive.Client;
using KnowledgeArchive.Web.Tests.Infrastructure;
using Refit;

namespace KnowledgeArchive.Web.Tests.Api;

/// <summary>
/// A search that runs longer than <c>Archive:SearchTimeout</c> is stopped: the API answers 503 with a message saying
/// how to narrow it, the search page shows that message instead of an error page. The app here allows a search one
/// tick, so any search that matches a page runs out of time.
/// </summary>
public sealed class SearchTimeoutTests : IDisposable
{
    private const string Word = "tympanometry";
    private readonly ArchiveAppFactory _factory = new(new Dictionary<string, string> { ["Archive:SearchTimeout"] = "00:00:00.0000001" });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task SearchOverTheTimeLimit_Is503_SayingHowToNarrowIt_AndThePageShowsIt()
    {
        var api = _factory.CreateApi();
        await UploadAsync(api);

        var ex = await Eventually.GetAsync(
            async () =>
            {
                try
                {
                    await api.SearchAsync(Word);
                    return null; // not yet searchable: nothing matched, so nothing ran long
                }
                catch (ApiException e)
                {
                    return e;
                }
            },
            what: "a search that runs out of time");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ex.StatusCode);
        Assert.Equal("application/problem+json", ex.ContentHeaders?.ContentType?.MediaType);
        Assert.Contains("took longer than", ex.Content, StringComparison.Ordinal);
        Assert.Contains("narrow", ex.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", ex.Content, StringComparison.Ordinal);

        using var page = await _factory.CreateClientAs("reader").GetAsync(new Uri($"/?q={Word}", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("took longer than", html, StringComparison.Ordinal);
        Assert.Contains("<form", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchMatchingNothing_IsAnsweredWithinTheLimit()
    {
        var result = await _factory.CreateApi().SearchAsync("zzyzxqqv");

        Assert.Equal(0, result.Total);
    }

    private static async Task UploadAsync(IKnowledgeArchiveApi api)
    {
        using var response = await api.UploadAsync(new StreamPart(new MemoryStream(SampleFiles.Pdf("Hearing tests", $"The {Word} pathway was discussed.")), "hearing.pdf", "application/pdf"));
        Assert.True(response.IsSuccessStatusCode, $"upload failed: {response.StatusCode}");
        var id = response.Content!.DocumentId;
        await Eventually.GetAsync(async () => (await api.GetDocumentAsync(id)).Status == "indexed" ? id : null, what: "the upload to be indexed");
    }
}
