using System.CommandLine;
using KnowledgeArchive.Catalog;
using KnowledgeArchive.Catalog.PostgreSql;
using KnowledgeArchive.Catalog.Security;
using KnowledgeArchive.Catalog.Tests.PostgreSql;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Ingestion;
using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Ingestion.Batches;
using KnowledgeArchive.Tools.Commands;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KnowledgeArchive.Tools.Tests.Commands;

/// <summary>
/// <c>ka-tools migrate-catalog</c> on an archive the product itself built (a batch ingested by the service's pipeline,
/// keys made and actions audited), read back through the PostgreSQL stores.
/// </summary>
public sealed class MigrateCatalogCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "ka-migrate-" + Guid.NewGuid().ToString("N"));
    private readonly string target = PostgreSqlServer.CreateDatabase();

    [Fact]
    public async Task MigrateCatalog_CopiesEveryRow_VerifiesTheAuditChain_AndRefusesToCopyTwice()
    {
        var data = Path.Combine(folder, "data");
        var batchId = await IngestAsync(data);
        var paths = new ArchivePaths(new ArchiveOptions { DataDirectory = data });
        var secret = await AuditAndKeysAsync(paths);
        SqliteConnection.ClearAllPools();

        Assert.Equal(0, await RunAsync("--from", data, "--to", target));
        Assert.Equal(2, await RunAsync("--from", Path.Combine(data, "catalog.db"), "--to", target));
        Assert.Equal(0, await RunAsync("--from", data, "--to", target, "--resume"));

        var sqlite = new CatalogDatabase(paths);
        using var postgres = new PostgreSqlDatabase(target);
        var all = new DocumentQuery(PageSize: 1000, Scope: RecordScope.All);
        var expected = await new SqliteDocumentCatalog(sqlite).ListAsync(all, CancellationToken.None);
        var copied = await new SqlDocumentCatalog(postgres).ListAsync(all, CancellationToken.None);
        Assert.True(expected.Total >= 8);
        Assert.Equal(expected.Items, copied.Items);
        foreach (var document in expected.Items)
        {
            Assert.Equal(await new SqliteDocumentCatalog(sqlite).GetPagesAsync(document.DocumentId, CancellationToken.None), await new SqlDocumentCatalog(postgres).GetPagesAsync(document.DocumentId, CancellationToken.None));
            Assert.Equal(await new SqliteDecisionStore(sqlite).ForDocumentAsync(document.DocumentId, CancellationToken.None), await new SqlDecisionStore(postgres).ForDocumentAsync(document.DocumentId, CancellationToken.None));
        }

        Assert.Equal(await new SqliteIngestLedger(sqlite).FindBatchAsync(batchId, CancellationToken.None), await new SqlIngestLedger(postgres).FindBatchAsync(batchId, CancellationToken.None));
        Assert.Equal(new AuditVerification(5, null, null), await new SqlAuditLog(postgres).VerifyAsync(CancellationToken.None));
        Assert.Equal(Roles.Auditor, (await new SqlApiKeyStore(postgres).AuthenticateAsync(secret, CancellationToken.None))?.Role);
    }

    public void Dispose()
    {
        PostgreSqlServer.DropDatabase(target);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the folder is in the temporary directory.
        }
    }

    private static Task<int> RunAsync(params string[] arguments) =>
        new RootCommand { MigrateCatalogCommand.Create() }.Parse(["migrate-catalog", .. arguments]).InvokeAsync();

    private async Task<string> IngestAsync(string data)
    {
        var input = Path.Combine(folder, "input");
        SyntheticArchive.Write(input, 8, seed: 20160301);
        using var host = IngestHost.Build(data);
        await host.StartAsync();
        var ledger = host.Services.GetRequiredService<IIngestLedger>();
        var batch = await host.Services.GetRequiredService<IngestBatches>().StartAsync(input, "shared-drive", CancellationToken.None);
        var deadline = DateTime.UtcNow.AddMinutes(4);
        while ((await ledger.FindBatchAsync(batch.BatchId, CancellationToken.None))!.State != IngestBatchStates.Completed)
        {
            Assert.True(DateTime.UtcNow < deadline, "the batch did not finish in time");
            await Task.Delay(200);
        }

        await host.StopAsync();
        return batch.BatchId;
    }

    private static async Task<string> AuditAndKeysAsync(ArchivePaths paths)
    {
        var security = new SecurityDatabase(paths.SecurityFile);
        var key = await new SqliteApiKeyStore(security).CreateAsync("auditors", Roles.Auditor, CancellationToken.None);
        using var log = new SqliteAuditLog(security);
        for (var i = 0; i < 5; i++)
        {
            await log.AppendAsync(new AuditEvent(key.Key.KeyId, Roles.Auditor, "search", "q=ivf " + i), CancellationToken.None);
        }

        return key.Secret;
    }
}
