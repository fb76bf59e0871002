using KnowledgeArchive.Client.Contracts;
using Refit;

namespace KnowledgeArchive.Web.Tests.Infrastructure;

/// <summary>One running app per test class, with helpers to wait for asynchronous ingestion.</summary>
public sealed class ArchiveAppFixture : IDisposable
{
    public ArchiveAppFactory Factory { get; } = new();

    /// <summary>Waits until the document reaches <paramref name="status"/>; fails fast if it settles in another.</summary>
    public async Task<DocumentDto> WaitForStatusAsync(string documentId, string status)
    {
        var api = Factory.CreateApi();
        var document = await Eventually.GetAsync(
            async () =>
            {
                try
                {
                    var d = await api.GetDocumentAsync(documentId);
                    return d.Status == "pending" ? null : d;
                }
                catch (ApiException ex) when (ex.StatusCode == System.Net.HttpStatusCode.NotFound)
                {
                    return null;
                }
            },
            what: $"{documentId} to leave pending");
        Assert.True(document.Status == status, $"expected {status}, got {document.Status} ({document.QuarantineCode}: {document.QuarantineReason})");
        return document;
    }

    public void Dispose() => Factory.Dispose();
}
