using System.Net;
using KnowledgeArchive.Web.Tests.Infrastructure;
using Refit;

namespace KnowledgeArchive.Web.Tests.Api;

/// <summary>Files over the size limit: refused at the door when far over it, quarantined as too large when just over.</summary>
public sealed class UploadLimitTests : IDisposable
{
    private readonly ArchiveAppFactory _factory = new(new Dictionary<string, string> { ["Archive:MaxFileBytes"] = "4096" });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task UploadFarOverTheLimit_Is413_WithAProblemMessage()
    {
        using var content = new MultipartFormDataContent { { new ByteArrayContent(new byte[3 * 1024 * 1024]), "file", "huge.pdf" } };

        using var response = await _factory.CreateClient().PostAsync(new Uri("/api/documents", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("4,096", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadJustOverTheLimit_IsKept_AndQuarantinedAsTooLarge()
    {
        var api = _factory.CreateApi();
        var bytes = SampleFiles.Pdf("Large", string.Join(' ', Enumerable.Range(0, 2000).Select(i => $"word{i}")));
        Assert.True(bytes.Length > 4096);

        using var response = await api.UploadAsync(new StreamPart(new MemoryStream(bytes), "large.pdf", "application/pdf"));
        var document = await Eventually.GetAsync(async () =>
        {
            var d = await api.GetDocumentAsync(response.Content!.DocumentId);
            return d.Status == "pending" ? null : d;
        });

        Assert.Equal("quarantined", document.Status);
        Assert.Equal("too_large", document.QuarantineCode);
    }
}
