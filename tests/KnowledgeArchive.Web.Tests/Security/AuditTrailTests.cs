using KnowledgeArchive.Client;
using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Refit;

namespace KnowledgeArchive.Web.Tests.Security;

/// <summary>Each test has its own service: one of them alters the audit log.</summary>
public sealed class AuditTrailTests : IDisposable
{
    private readonly ArchiveAppFixture _app = new();

    [Fact]
    public async Task SearchDownloadAndKeyChanges_AreRecordedWithTheirActor_AndTheChainVerifies()
    {
        var admin = _app.Factory.CreateApi();
        var made = await admin.CreateKeyAsync(new CreateApiKeyRequestDto("auditor for the review", Roles.Auditor));
        var auditor = _app.Factory.CreateApi(made.Key);
        var documentId = await UploadAsync(admin);
        await _app.WaitForStatusAsync(documentId, "indexed");

        await auditor.SearchAsync("hydrotherapy pathway");
        using (var file = await auditor.DownloadFileAsync(documentId))
        {
            file.EnsureSuccessStatusCode();
        }

        await admin.RevokeKeyAsync(made.KeyId);

        var entries = (await admin.ListAuditAsync(limit: 100)).Items;
        var search = Assert.Single(entries, e => e.Action == "search");
        Assert.Equal(made.KeyId, search.Actor);
        Assert.Equal(Roles.Auditor, search.Role);
        Assert.Equal("q=hydrotherapy pathway", search.Detail);
        Assert.Equal(made.KeyId, Assert.Single(entries, e => e.Action == "document.download").Actor);
        Assert.Equal(documentId, Assert.Single(entries, e => e.Action == "document.download").Target);
        Assert.Equal(documentId, Assert.Single(entries, e => e.Action == "document.upload").Target);
        Assert.Equal(made.KeyId, Assert.Single(entries, e => e.Action == "key.create").Target);
        Assert.Equal(made.KeyId, Assert.Single(entries, e => e.Action == "key.revoke").Target);
        Assert.Equal(["search"], (await admin.ListAuditAsync(actor: made.KeyId, action: "search")).Items.Select(e => e.Action));
        Assert.DoesNotContain(entries, e => (e.Detail ?? string.Empty).Contains(made.Key, StringComparison.Ordinal));

        var verification = await admin.VerifyAuditAsync();
        Assert.True(verification.Ok);
        Assert.Equal(entries.Count, verification.Entries);
        Assert.Null(verification.FirstBrokenSequence);
    }

    [Fact]
    public async Task AlteringAnEntryInSecurityDb_IsReportedAtThatEntry()
    {
        var admin = _app.Factory.CreateApi();
        for (var i = 0; i < 4; i++)
        {
            await admin.SearchAsync($"query {i}");
        }

        var third = (await admin.ListAuditAsync(action: "search")).Items.Single(e => e.Detail == "q=query 2");
        await TamperAsync($"UPDATE audit_log SET detail = 'q=nothing to see' WHERE sequence = {third.Sequence};");

        var verification = await admin.VerifyAuditAsync();

        Assert.False(verification.Ok);
        Assert.Equal(third.Sequence, verification.FirstBrokenSequence);
        Assert.Equal(third.Sequence - 1, verification.Entries);
        Assert.Contains("changed", verification.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fixity_ReportsAMissingOriginal_AndIsAudited()
    {
        var admin = _app.Factory.CreateApi();
        var documentId = await UploadAsync(admin);
        var document = await _app.WaitForStatusAsync(documentId, "indexed");
        Assert.True((await admin.RunFixityAsync()).Ok);

        var original = Directory.EnumerateFiles(Path.Combine(_app.Factory.DataDirectory, "originals"), "*", SearchOption.AllDirectories)
            .Single(f => Path.GetFileName(f).StartsWith(document.Sha256, StringComparison.Ordinal));
        File.SetAttributes(original, FileAttributes.Normal);
        File.Delete(original);
        var report = await admin.RunFixityAsync();

        Assert.False(report.Ok);
        var problem = Assert.Single(report.Problems);
        Assert.Equal((documentId, "missing"), (problem.DocumentId, problem.Kind));
        Assert.Equal(2, (await admin.ListAuditAsync(action: "fixity.run")).Items.Count);
    }

    public void Dispose() => _app.Dispose();

    private static async Task<string> UploadAsync(IKnowledgeArchiveApi api)
    {
        var bytes = SampleFiles.Pdf("Governing Body minutes", "Welcome.", "The Governing Body approved the hydrotherapy pathway.");
        var response = await api.UploadAsync(new StreamPart(new MemoryStream(bytes), "GB minutes.pdf", "application/pdf"));
        return response.Content?.DocumentId ?? throw response.Error!;
    }

    private async Task TamperAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_app.Factory.DataDirectory, "security.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "DROP TRIGGER audit_log_no_update; " + sql;
        await command.ExecuteNonQueryAsync();
    }
}
