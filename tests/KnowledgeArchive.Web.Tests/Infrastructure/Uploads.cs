using KnowledgeArchive.Client;
using Refit;

namespace KnowledgeArchive.Web.Tests.Infrastructure;

/// <summary>Uploads through the API client and waits for the outcome.</summary>
public static class Uploads
{
    public static string EncryptedPdfPath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "encrypted-user-password.pdf");

    /// <summary>The encrypted fixture's user password (qpdf --encrypt secret-user secret-owner 256).</summary>
    public const string EncryptedPdfPassword = "secret-user";

    /// <summary>Uploads <paramref name="bytes"/> as <paramref name="name"/> and waits until it settles as <paramref name="status"/>.</summary>
    public static async Task<string> SettledAsync(ArchiveAppFixture app, byte[] bytes, string name, string status)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.Factory.CreateApi();
        using var upload = await api.UploadAsync(new StreamPart(new MemoryStream(bytes), name, "application/octet-stream"));
        Assert.True(upload.IsSuccessStatusCode, $"upload of {name}: {upload.StatusCode}");
        var id = upload.Content!.DocumentId;
        await app.WaitForStatusAsync(id, status);
        return id;
    }
}
