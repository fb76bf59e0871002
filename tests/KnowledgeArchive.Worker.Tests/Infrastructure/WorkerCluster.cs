using KnowledgeArchive.Catalog.Tests.PostgreSql;
using KnowledgeArchive.Web.Tests.Infrastructure;

namespace KnowledgeArchive.Worker.Tests.Infrastructure;

/// <summary>
/// The deployment with workers, on loopback: a PostgreSQL catalog (a database of its own on the tests' server), a
/// throw-away RabbitMQ node, the service handing documents out, and <c>ka-worker</c> processes, all sharing one folder.
/// </summary>
public sealed class WorkerCluster : IAsyncDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("ka-workers-").FullName;
    private readonly List<WorkerProcess> workers = [];
    private readonly string connectionString;
    private readonly bool ownDatabase;

    private WorkerCluster(RabbitMqServer broker, string? connectionString)
    {
        Broker = broker;
        ownDatabase = connectionString is null;
        this.connectionString = connectionString ?? PostgreSqlServer.CreateDatabase();
    }

    public RabbitMqServer Broker { get; }

    public ServiceProcess Service { get; private set; } = null!;

    /// <summary>The workers started so far (a copy: workers may be added meanwhile).</summary>
    public IReadOnlyList<WorkerProcess> Workers
    {
        get
        {
            lock (workers)
            {
                return [.. workers];
            }
        }
    }

    public string SharedDirectory => Path.Combine(root, "shared");

    public string InputDirectory => Path.Combine(root, "input");

    /// <summary>Starts the deployment, its catalog in a new database of the tests' server or in <paramref name="catalog"/>.</summary>
    public static async Task<WorkerCluster> StartAsync(int workerCount, string? catalog = null)
    {
        var cluster = new WorkerCluster(await RabbitMqServer.StartAsync(), catalog);
        cluster.Service = await ServiceProcess.StartAsync(
            Path.Combine(cluster.root, "service"),
            "--Archive:Catalog:Provider", "PostgreSql",
            "--Archive:Catalog:ConnectionString", cluster.connectionString,
            "--Archive:Broker:Url", cluster.Broker.Url.ToString(),
            "--Archive:SharedDirectory", cluster.SharedDirectory);
        for (var i = 0; i < workerCount; i++)
        {
            await cluster.AddWorkerAsync();
        }

        return cluster;
    }

    public async Task<WorkerProcess> AddWorkerAsync()
    {
        var folder = Path.Combine(root, $"worker-{Guid.NewGuid().ToString("N")[..8]}");
        var worker = await WorkerProcess.StartAsync(Broker.Url, SharedDirectory, folder);
        lock (workers)
        {
            workers.Add(worker);
        }

        return worker;
    }

    /// <summary>Every log, the service's first, for a failing test's output.</summary>
    public string Logs() =>
        string.Join("\n", new[] { "== service", Tail(Service.Log) }.Concat(Workers.SelectMany((w, i) => new[] { $"== worker {i + 1}", Tail(w.Log) })));

    public async ValueTask DisposeAsync()
    {
        // KA_TEST_LOGS=DIR keeps every process's whole log for a look after the run.
        if (Environment.GetEnvironmentVariable("KA_TEST_LOGS") is { Length: > 0 } logs)
        {
            var folder = Directory.CreateDirectory(Path.Combine(logs, Path.GetFileName(root))).FullName;
            File.WriteAllText(Path.Combine(folder, "service.log"), Service.Log);
            var all = Workers;
            for (var i = 0; i < all.Count; i++)
            {
                File.WriteAllText(Path.Combine(folder, $"worker-{i + 1}.log"), all[i].Log);
            }
        }

        foreach (var worker in Workers)
        {
            await worker.DisposeAsync();
        }

        await Service.DisposeAsync();
        await Broker.DisposeAsync();
        if (ownDatabase)
        {
            PostgreSqlServer.DropDatabase(connectionString);
        }
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the folder is in the temporary directory.
        }
    }

    private static string Tail(string log) => log.Length > 3000 ? log[^3000..] : log;
}
