using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace KnowledgeArchive.Worker.Tests.Infrastructure;

/// <summary>
/// A throw-away RabbitMQ node for one test, from Debian's <c>rabbitmq-server</c> binaries: its own node name, ports
/// on 127.0.0.1, data, logs and Erlang cookie in a temporary folder; stopped (and the folder deleted) when disposed,
/// or by a watchdog when the test process ends first. It can be killed and started again on the same data, as a
/// broker restart would be. Without the binaries it fails, saying what to install: CI installs them.
/// </summary>
public sealed class RabbitMqServer : IAsyncDisposable
{
    private const string Server = "/usr/lib/rabbitmq/bin/rabbitmq-server";

    private readonly string root = Directory.CreateTempSubdirectory("ka-rmq-").FullName;
    private readonly string node = "ka" + Guid.NewGuid().ToString("N")[..10] + "@localhost";
    private readonly int port = FreePort();
    private readonly int distributionPort = FreePort();
    private Process? process;

    public Uri Url => new($"amqp://guest:guest@127.0.0.1:{port}/");

    public static async Task<RabbitMqServer> StartAsync()
    {
        if (!File.Exists(Server))
        {
            throw new InvalidOperationException("Broker tests need RabbitMQ: install Debian's rabbitmq-server package (apt-get install rabbitmq-server; tests/run-all.sh does).");
        }

        var server = new RabbitMqServer();
        File.WriteAllText(Path.Combine(server.root, "enabled_plugins"), "[].\n");
        File.WriteAllText(Path.Combine(server.root, "rabbitmq.conf"), $"listeners.tcp.default = 127.0.0.1:{server.port}\n");
        server.Watch();
        await server.RunAsync();
        return server;
    }

    /// <summary>Kills the broker outright (SIGKILL to its process group), as a crash or a pulled plug would.</summary>
    public async Task KillAsync()
    {
        if (process is { HasExited: false } running)
        {
            Signal("-KILL", running.Id);
            await running.WaitForExitAsync();
        }

        process?.Dispose();
        process = null;
    }

    /// <summary>Starts the broker again on the same data: durable queues and persistent messages are back.</summary>
    public Task RestartAsync() => RunAsync();

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the folder is in the temporary directory.
        }
    }

    private async Task RunAsync()
    {
        var start = new ProcessStartInfo("setsid") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
        start.ArgumentList.Add(Server);
        start.Environment["HOME"] = root;
        start.Environment["RABBITMQ_NODENAME"] = node;
        start.Environment["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1";
        start.Environment["RABBITMQ_NODE_PORT"] = port.ToString(CultureInfo.InvariantCulture);
        start.Environment["RABBITMQ_DIST_PORT"] = distributionPort.ToString(CultureInfo.InvariantCulture);
        start.Environment["RABBITMQ_MNESIA_BASE"] = Path.Combine(root, "mnesia");
        start.Environment["RABBITMQ_LOG_BASE"] = Path.Combine(root, "log");
        start.Environment["RABBITMQ_CONFIG_FILE"] = Path.Combine(root, "rabbitmq");
        start.Environment["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(root, "enabled_plugins");
        process = Process.Start(start) ?? throw new InvalidOperationException("could not start rabbitmq-server");

        // setsid runs the server as the leader of a process group of its own: its id is the group's.
        File.WriteAllText(Path.Combine(root, "pgid"), process.Id.ToString(CultureInfo.InvariantCulture));
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = DateTimeOffset.UtcNow.AddSeconds(90);
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"rabbitmq-server exited with {process.ExitCode}; its log is in {Path.Combine(root, "log")}");
            }

            if (await AcceptsAsync())
            {
                return;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("rabbitmq-server did not start within 90 s");
    }

    private async Task<bool> AcceptsAsync()
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>A watchdog (in a session of its own) that kills the broker's process group once this test process has gone.</summary>
    private void Watch()
    {
        const string Script = """
            while kill -0 "$1" 2>/dev/null; do sleep 1; done
            [ -f "$2/pgid" ] && kill -KILL -- "-$(cat "$2/pgid")" >/dev/null 2>&1
            rm -rf "$2"
            """;
        var start = new ProcessStartInfo("setsid") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "sh", "-c", Script, "ka-rmq-watchdog", Environment.ProcessId.ToString(CultureInfo.InvariantCulture), root })
        {
            start.ArgumentList.Add(argument);
        }

        Process.Start(start)?.Dispose();
    }

    private static void Signal(string signal, int processGroup)
    {
        using var kill = Process.Start("kill", [signal, "--", "-" + processGroup.ToString(CultureInfo.InvariantCulture)]);
        kill?.WaitForExit();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
