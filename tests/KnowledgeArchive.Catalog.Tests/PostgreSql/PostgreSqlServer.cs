using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace KnowledgeArchive.Catalog.Tests.PostgreSql;

/// <summary>
/// A PostgreSQL server for tests: the one <c>KA_TEST_POSTGRES</c> names (a connection string to a role that may create
/// databases), or else a throw-away cluster this process makes with Debian's <c>postgresql</c> binaries (initdb into a
/// temporary folder, started on a free port of 127.0.0.1 with its socket in that folder, as the <c>postgres</c> user
/// when the tests run as root) and stops and deletes when the process exits. Each caller gets a database of its own.
/// Without binaries or <c>KA_TEST_POSTGRES</c> it fails, saying what to install: CI installs them.
/// </summary>
public static class PostgreSqlServer
{
    public const string EnvironmentVariable = "KA_TEST_POSTGRES";

    private const string Prefix = "ka-pg-";

    private static readonly Lazy<string> Server = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A connection string to a new, empty database.</summary>
    public static string CreateDatabase()
    {
        var name = "ka_test_" + Guid.NewGuid().ToString("N")[..16];
        using (var connection = new NpgsqlConnection(Server.Value))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name};", connection);
            create.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(Server.Value) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database <see cref="CreateDatabase"/> made, closing whatever is still connected to it.</summary>
    public static void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(Server.Value);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE);", connection);
        drop.ExecuteNonQuery();
    }

    private static string Start()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } given)
        {
            return given;
        }

        var bin = FindBinaries() ?? throw new InvalidOperationException(
            $"PostgreSQL tests need a server: install Debian's postgresql package (apt-get install postgresql; tests/run-all.sh does) " +
            $"so the tests can start a throw-away one, or set {EnvironmentVariable} to a connection string of a role that may create databases.");
        RemoveStoppedClusters();
        var root = Path.Combine(Path.GetTempPath(), Prefix + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            Run("chown", ["postgres:", root], asPostgres: false);
        }

        var data = Path.Combine(root, "data");
        var port = FreePort();
        Run(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"], asRoot);
        Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(root, "server.log"), "-w", "-t", "60", "-o",
            $"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_buffers=16MB", "start"], asRoot);
        StopWhenThisProcessEnds(Path.Combine(bin, "pg_ctl"), data, root, asRoot);
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Timeout=30;Command Timeout=120";
    }

    /// <summary>
    /// Leaves a watchdog (in a session of its own) that stops the server and deletes its folder once this process has
    /// ended, however it ends: a test host is often killed once its tests are done, before exit handlers finish.
    /// </summary>
    internal static void StopWhenThisProcessEnds(string pgCtl, string data, string root, bool asRoot)
    {
        const string Script = """
            while kill -0 "$1" 2>/dev/null; do sleep 1; done
            if [ "$5" = 1 ]; then runuser -u postgres -- "$2" -D "$3" -m immediate -w stop; else "$2" -D "$3" -m immediate -w stop; fi >/dev/null 2>&1
            rm -rf "$4"
            """;
        var start = new ProcessStartInfo("setsid") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "sh", "-c", Script, "ka-pg-watchdog", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), pgCtl, data, root, asRoot ? "1" : "0" })
        {
            start.ArgumentList.Add(argument);
        }

        Process.Start(start)?.Dispose();
    }

    /// <summary>Deletes the folders of earlier runs whose server has stopped (a test host killed before it could tidy up).</summary>
    private static void RemoveStoppedClusters()
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), Prefix + "*"))
        {
            if (!File.Exists(Path.Combine(folder, "data", "postmaster.pid")))
            {
                Remove(folder);
            }
        }
    }

    private static void Remove(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: the folder is in the temporary directory.
        }
    }

    internal static string? FindBinaries()
    {
        var versions = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
            : Enumerable.Empty<string>();
        foreach (var bin in versions.Select(v => Path.Combine(v, "bin")).Append("/usr/local/bin").Append("/usr/bin"))
        {
            if (File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
            {
                return bin;
            }
        }

        return null;
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    internal static void Run(string program, IReadOnlyList<string> arguments, bool asPostgres, bool check = true)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        if (asPostgres)
        {
            foreach (var a in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (check && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed ({process.ExitCode}): {error}{output.Result}");
        }
    }
}
