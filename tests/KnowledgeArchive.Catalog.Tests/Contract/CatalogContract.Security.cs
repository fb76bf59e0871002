using System.Data.Common;
using KnowledgeArchive.Catalog.Security;

namespace KnowledgeArchive.Catalog.Tests.Contract;

public abstract partial class CatalogContract
{
    [Fact]
    public async Task ApiKeys_AreCreatedAuthenticatedAndRevoked_AndOnlyTheirHashIsKept()
    {
        Assert.False(await Keys.AnyActiveAdminAsync(None));
        var created = await Keys.CreateAsync("records team", Roles.Ingester, None);
        await Keys.EnsureAdminAsync("bootstrap", "ka_configured-admin-key", None);
        await Keys.EnsureAdminAsync("bootstrap", "ka_configured-admin-key", None);

        Assert.Equal(created.Key, await Keys.AuthenticateAsync(created.Secret, None));
        Assert.True(await Keys.AnyActiveAdminAsync(None));
        Assert.Equal(2, (await Keys.ListAsync(None)).Count);
        Assert.True(await Keys.RevokeAsync(created.Key.KeyId, None));
        Assert.Null(await Keys.AuthenticateAsync(created.Secret, None));
        Assert.NotNull((await Keys.FindAsync(created.Key.KeyId, None))!.RevokedAt);
        Assert.Equal(0, await CountAsync(Security, $"api_keys WHERE secret_sha256 = '{created.Secret}'"));
    }

    [Fact]
    public async Task AuditLog_ANulCharacterInAnEvent_IsStoredAsAReplacementCharacter_AndTheChainVerifies()
    {
        using var log = new SqlAuditLog(Security);

        var entry = await log.AppendAsync(new AuditEvent("key-1", Roles.Reader, "search", "q=ivf\0policy"), None);

        Assert.Equal("q=ivf\uFFFDpolicy", entry.Target);
        Assert.Equal(entry, Assert.Single(await log.ListAsync(null, null, 10, null, None)));
        Assert.True((await log.VerifyAsync(None)).Intact);
    }

    [Fact]
    public async Task AuditLog_AppendsFromManyCallers_FormOneUnbrokenChain_ThatAChangeBreaks()
    {
        using (var log = new SqlAuditLog(Security))
        {
            await Task.WhenAll(Enumerable.Range(0, 40).Select(i => log.AppendAsync(new AuditEvent("key-" + (i % 3), Roles.Reader, "search", "q=" + i, i % 2 == 0 ? null : "detail"), None)));
            Assert.Equal(new AuditVerification(40, null, null), await log.VerifyAsync(None));
            Assert.Equal(14, (await log.ListAsync("key-0", "search", 100, null, None)).Count);
            Assert.Equal(5, (await log.ListAsync(null, null, 5, 10, None)).Count);
        }

        await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(Security, "UPDATE audit_log SET actor = 'someone else' WHERE sequence = 7;"));
        await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(Security, "DELETE FROM audit_log WHERE sequence = 7;"));
        await ExecuteAsync(Security, LiftAuditGuard + " UPDATE audit_log SET actor = 'someone else' WHERE sequence = 7;");

        using var reopened = new SqlAuditLog(Security);
        var verification = await reopened.VerifyAsync(None);
        Assert.Equal(7, verification.FirstBrokenSequence);
        Assert.Equal(6, verification.Checked);
    }
}
