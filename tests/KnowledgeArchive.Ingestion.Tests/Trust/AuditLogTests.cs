using KnowledgeArchive.Catalog.Security;
using KnowledgeArchive.Core.Security;
using Microsoft.Data.Sqlite;

namespace KnowledgeArchive.Ingestion.Tests.Trust;

public sealed class AuditLogTests : IDisposable
{
    private readonly string file = Path.Combine(Path.GetTempPath(), "ka-audit-tests", Guid.NewGuid().ToString("N"), "audit.db");

    [Fact]
    public async Task Entries_AreChained_AndSurviveReopening()
    {
        using (var log = new SqliteAuditLog(new SecurityDatabase(file)))
        {
            await log.AppendAsync(new AuditEvent("admin-key-1", "admin", "key.create", "reader-key-7"), CancellationToken.None);
            await log.AppendAsync(new AuditEvent("reader-key-7", "reader", "search", null, "q=gluten free"), CancellationToken.None);
        }

        using var reopened = new SqliteAuditLog(new SecurityDatabase(file));
        var third = await reopened.AppendAsync(new AuditEvent("reader-key-7", "reader", "document.view", "doc-1"), CancellationToken.None);
        var entries = await reopened.ListAsync(null, null, 10, null, CancellationToken.None);

        Assert.Equal(3, third.Sequence);
        Assert.Equal([3L, 2L, 1L], entries.Select(e => e.Sequence));
        Assert.Equal(entries[1].Hash, entries[0].PreviousHash);
        Assert.Equal(entries[2].Hash, entries[1].PreviousHash);
        Assert.Equal(new AuditVerification(3, null, null), await reopened.VerifyAsync(CancellationToken.None));
        Assert.Equal(["search"], (await reopened.ListAsync("reader-key-7", "search", 10, null, CancellationToken.None)).Select(e => e.Action));
    }

    [Fact]
    public async Task ConcurrentAppends_EachGetTheirOwnPlaceInOneUnbrokenChain()
    {
        using var log = new SqliteAuditLog(new SecurityDatabase(file));

        var appended = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            Task.Run(() => log.AppendAsync(new AuditEvent($"reader-key-{i % 7}", "reader", "search", null, $"q=query {i}"), CancellationToken.None))));
        var stored = await log.ListAsync(null, null, 1000, null, CancellationToken.None);

        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long)i), appended.Select(e => e.Sequence).Order());
        Assert.Equal(200, appended.Select(e => e.Detail).Distinct().Count());
        Assert.Equal(appended.OrderByDescending(e => e.Sequence), stored);
        Assert.Equal(new AuditVerification(200, null, null), await log.VerifyAsync(CancellationToken.None));
    }

    [Fact]
    public async Task UpdatesAndDeletes_AreRefused()
    {
        using var log = new SqliteAuditLog(new SecurityDatabase(file));
        await log.AppendAsync(new AuditEvent("a", "admin", "sign-in"), CancellationToken.None);

        var update = await Assert.ThrowsAsync<SqliteException>(() => ExecuteAsync("UPDATE audit_log SET actor = 'someone else';"));
        var delete = await Assert.ThrowsAsync<SqliteException>(() => ExecuteAsync("DELETE FROM audit_log;"));

        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UPDATE audit_log SET detail = 'q=nothing to see' WHERE sequence = 2;", 2, "changed")]
    [InlineData("DELETE FROM audit_log WHERE sequence = 2;", 2, "missing")]
    [InlineData("UPDATE audit_log SET previous_hash = hash WHERE sequence = 3;", 3, "does not carry")]
    public async Task Tampering_AroundTheTriggers_IsFound_AtTheFirstBrokenEntry(string tamper, long broken, string problem)
    {
        using var log = new SqliteAuditLog(new SecurityDatabase(file));
        for (var i = 0; i < 4; i++)
        {
            await log.AppendAsync(new AuditEvent("reader-key-7", "reader", "search", null, $"q=query {i}"), CancellationToken.None);
        }

        await ExecuteAsync("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; " + tamper);
        var verification = await log.VerifyAsync(CancellationToken.None);

        Assert.False(verification.Intact);
        Assert.Equal(broken, verification.FirstBrokenSequence);
        Assert.Contains(problem, verification.Problem, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
