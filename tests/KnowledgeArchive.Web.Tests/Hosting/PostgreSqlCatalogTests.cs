using KnowledgeArchive.Catalog.Tests.PostgreSql;
using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Web.Tests.Infrastructure;
using Npgsql;
using Refit;

namespace KnowledgeArchive.Web.Tests.Hosting;

/// <summary>The real app with <c>Archive:Catalog:Provider=PostgreSql</c>: the catalog, keys and audit log in PostgreSQL, the index and originals on disk.</summary>
public sealed class PostgreSqlCatalogTests : IDisposable
{
    private readonly string connectionString = PostgreSqlServer.CreateDatabase();
    private readonly ArchiveAppFactory factory;

    public PostgreSqlCatalogTests() =>
        factory = new ArchiveAppFactory(new Dictionary<string, string>
        {
            ["Archive:Catalog:Provider"] = "PostgreSql",
            ["Archive:Catalog:ConnectionString"] = connectionString,
        });

    [Fact]
    public async Task UploadedMinutes_AreIndexed_FoundBySearchAndById_WithTheCatalogInPostgreSql()
    {
        var api = factory.CreateApi();
        var bytes = SampleFiles.Pdf("Governing Body minutes", "Welcome and apologies.", "The Governing Body approved the hydrotherapy pathway.");
        using var upload = await api.UploadAsync(new StreamPart(new MemoryStream(bytes), "GB minutes hydrotherapy.pdf", "application/octet-stream"));
        Assert.True(upload.IsSuccessStatusCode, $"upload failed: {upload.StatusCode} {(upload.Error as ApiException)?.Content}");
        var id = upload.Content!.DocumentId;

        var document = await Eventually.GetAsync(async () => await api.GetDocumentAsync(id) is { Status: not "pending" } d ? d : null, what: "the upload to be read");
        var hits = await api.SearchAsync(q: "hydrotherapy pathway");
        var page = await api.GetPageAsync(id, 2);

        Assert.Equal("indexed", document.Status);
        Assert.Contains(hits.Hits, h => h.DocumentId == id);
        Assert.Contains("hydrotherapy pathway", page.Text, StringComparison.Ordinal);
        Assert.Contains((await factory.CreateApiAs("reader").SearchAsync(q: "hydrotherapy")).Hits, h => h.DocumentId == id);
        var audit = await api.VerifyAuditAsync();
        Assert.True(audit.Ok && audit.Entries > 0, $"audit chain: {audit.Entries} entries, {audit.Reason}");
        Assert.False(File.Exists(Path.Combine(factory.DataDirectory, "catalog.db")));
        Assert.False(File.Exists(Path.Combine(factory.DataDirectory, "security.db")));
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var row = new NpgsqlCommand("SELECT status FROM documents WHERE document_id = @id;", connection);
        row.Parameters.AddWithValue("id", id);
        Assert.Equal("indexed", await row.ExecuteScalarAsync());
    }

    public void Dispose()
    {
        factory.Dispose();
        PostgreSqlServer.DropDatabase(connectionString);
    }
}
