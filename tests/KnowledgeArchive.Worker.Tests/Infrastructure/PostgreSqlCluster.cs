using KnowledgeArchive.Catalog.Tests.PostgreSql;

namespace KnowledgeArchive.Worker.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL server of one test's own, made as the tests' shared one is (Debian's binaries, initdb into a temporary
/// folder, a free port of 127.0.0.1), so that it can be stopped mid-test and started again on the same data as an
/// operator restarting the database would, without touching the databases of other tests.
/// </summary>
public sealed class PostgreSqlCluster : IDisposable
{
    private readonly string bin;
    private readonly string root = Path.Combine(Path.GetTempPath(), "ka-pg-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly int port = PostgreSqlServer.FreePort();
    private readonly bool asRoot = Environment.UserName == "root";

    private PostgreSqlCluster(string bin) => this.bin = bin;

    /// <summary>The archive's database on this server.</summary>
    public string ConnectionString => $"Host=127.0.0.1;Port={port};Username=postgres;Database=archive;Timeout=30;Command Timeout=120";

    private string Data => Path.Combine(root, "data");

    public static PostgreSqlCluster Start()
    {
        var cluster = new PostgreSqlCluster(PostgreSqlServer.FindBinaries()
            ?? throw new InvalidOperationException("This test restarts a PostgreSQL server of its own: install Debian's postgresql package (apt-get install postgresql; tests/run-all.sh does)."));
        Directory.CreateDirectory(cluster.root);
        if (cluster.asRoot)
        {
            PostgreSqlServer.Run("chown", ["postgres:", cluster.root], asPostgres: false);
        }

        PostgreSqlServer.Run(Path.Combine(cluster.bin, "initdb"), ["-D", cluster.Data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"], cluster.asRoot);
        cluster.StartAgain();
        PostgreSqlServer.StopWhenThisProcessEnds(Path.Combine(cluster.bin, "pg_ctl"), cluster.Data, cluster.root, cluster.asRoot);
        PostgreSqlServer.Run(Path.Combine(cluster.bin, "createdb"), ["-h", "127.0.0.1", "-p", cluster.port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", "postgres", "archive"], cluster.asRoot);
        return cluster;
    }

    /// <summary>Stops the server as <c>pg_ctl stop -m fast</c> does: open sessions are ended, transactions under way rolled back.</summary>
    public void Stop() => PostgreSqlServer.Run(Path.Combine(bin, "pg_ctl"), ["-D", Data, "-m", "fast", "-w", "-t", "60", "stop"], asRoot);

    /// <summary>Starts the server again on its data.</summary>
    public void StartAgain() => PostgreSqlServer.Run(Path.Combine(bin, "pg_ctl"), ["-D", Data, "-l", Path.Combine(root, "server.log"), "-w", "-t", "60", "-o",
        $"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_buffers=16MB", "start"], asRoot);

    public void Dispose()
    {
        PostgreSqlServer.Run(Path.Combine(bin, "pg_ctl"), ["-D", Data, "-m", "immediate", "-w", "stop"], asRoot, check: false);
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: the watchdog removes it when the test process ends.
        }
    }
}
