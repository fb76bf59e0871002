using System.Diagnostics;
using System.Globalization;
using KnowledgeArchive.Client;
using KnowledgeArchive.Web.Tests.Infrastructure;

namespace KnowledgeArchive.Cluster.Tests.Infrastructure;

/// <summary>
/// The local cluster as an operator starts it: <c>deploy/cluster/up.sh DIR</c> with the first admin key in
/// <c>KA_ADMIN_KEY</c>, its processes found by their PID files in <c>DIR/run</c>, stopped by <c>down.sh DIR</c> and
/// its folder deleted when disposed.
/// </summary>
public sealed class LocalCluster : IAsyncDisposable
{
    private readonly string directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "ka-cluster-" + Guid.NewGuid().ToString("N")[..12])).FullName;

    private LocalCluster()
    {
    }

    /// <summary>The web nodes' addresses as up.sh printed them: web-1 (All) first, then web-2 (Search).</summary>
    public IReadOnlyList<Uri> WebNodes { get; private set; } = [];

    /// <summary>The catalog's connection string (the cluster's PostgreSQL, trusted on loopback).</summary>
    public string CatalogConnectionString =>
        $"Host=127.0.0.1;Port={File.ReadAllText(Path.Combine(directory, "run", "postgres.port")).Trim()};Username=postgres;Database=archive;Maximum Pool Size=60";

    public static async Task<LocalCluster> StartAsync()
    {
        var cluster = new LocalCluster();
        try
        {
            await cluster.UpAsync();
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }

        return cluster;
    }

    public IKnowledgeArchiveApi Api(int node) => KnowledgeArchiveClient.Create(WebNodes[node - 1], TestKeys.Admin);

    /// <summary>Runs up.sh again: whatever is not running is started on its data, at its address.</summary>
    public async Task UpAsync()
    {
        var (code, output) = await RunAsync("up.sh", TimeSpan.FromMinutes(4));
        if (code != 0)
        {
            throw new InvalidOperationException($"up.sh failed ({code}):\n{output}\n{Logs()}");
        }

        WebNodes = [.. output.Split('\n').Where(l => l.StartsWith("web ", StringComparison.Ordinal)).Select(l => new Uri(l[4..].Trim()))];
        Assert.Equal(2, WebNodes.Count);
    }

    /// <summary>Kills a process outright (SIGKILL) by the PID up.sh recorded for it.</summary>
    public async Task KillAsync(string name)
    {
        var pid = int.Parse(File.ReadAllText(Path.Combine(directory, "run", name + ".pid")).Trim(), CultureInfo.InvariantCulture);
        using var process = Process.GetProcessById(pid);
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    /// <summary>The tail of every process's log, for a failing test's message.</summary>
    public string Logs()
    {
        var logs = Path.Combine(directory, "logs");
        return !Directory.Exists(logs) ? "" : string.Join("\n", Directory.GetFiles(logs, "*.log").Order(StringComparer.Ordinal)
            .Select(f => $"== {Path.GetFileName(f)}\n{string.Join('\n', File.ReadLines(f).TakeLast(25))}"));
    }

    public async ValueTask DisposeAsync()
    {
        await RunAsync("down.sh", TimeSpan.FromMinutes(2));
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: the folder is in the temporary directory.
        }
    }

    private async Task<(int Code, string Output)> RunAsync(string script, TimeSpan timeout)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(RepositoryRoot(), "deploy", "cluster", script));
        info.ArgumentList.Add(directory);
        info.Environment["KA_ADMIN_KEY"] = TestKeys.Admin;
        info.Environment["KA_CLUSTER_NO_BUILD"] = "1";
        info.Environment["KA_CLUSTER_CONFIGURATION"] = Configuration();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start bash");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        return (process.ExitCode, await output + await error);
    }

    // This test project's own configuration (bin/Debug/net10.0): the scripts run the Web project's build of the same.
    private static string Configuration() => Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)))!;

    private static string RepositoryRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "KnowledgeArchive.sln")))
        {
            root = root.Parent;
        }

        return root?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
