using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using KnowledgeArchive.Client;

namespace KnowledgeArchive.Web.Tests.Infrastructure;

/// <summary>The service as users run it: its own process, on a free loopback port, with a given data directory.</summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly System.Text.StringBuilder _log = new();

    private ServiceProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    /// <summary>The key <see cref="CreateApi()"/> sends: the configured bootstrap key, if any.</summary>
    public string? ApiKey { get; private init; }

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Starts the service with the tests' bootstrap admin key configured.</summary>
    public static Task<ServiceProcess> StartAsync(string dataDirectory, params string[] extraArgs) =>
        StartAsync(dataDirectory, WorkingDirectoryFor(dataDirectory), [$"--{TestKeys.ConfigurationKey}", TestKeys.Admin, .. extraArgs], TestKeys.Admin, null);

    /// <summary>Starts the service with no bootstrap key configured, as a first installation would.</summary>
    public static Task<ServiceProcess> StartWithoutConfiguredKeyAsync(string dataDirectory) =>
        StartAsync(dataDirectory, WorkingDirectoryFor(dataDirectory), [], null, null);

    /// <summary>
    /// Starts the service as the run command does, with no data directory and no key configured, in
    /// <paramref name="workingDirectory"/> and with <paramref name="environment"/> (HOME, XDG_DATA_HOME…) set.
    /// </summary>
    public static Task<ServiceProcess> StartUnconfiguredAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment) =>
        StartAsync(null, Directory.CreateDirectory(workingDirectory).FullName, [], null, environment);

    private static string WorkingDirectoryFor(string dataDirectory) =>
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(dataDirectory))!).FullName;

    private static async Task<ServiceProcess> StartAsync(
        string? dataDirectory, string workingDirectory, string[] extraArgs, string? apiKey, IReadOnlyDictionary<string, string>? environment)
    {
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        info.ArgumentList.Add(WebAssemblyPath());
        string[] data = dataDirectory is null ? [] : ["--Archive:DataDirectory", dataDirectory];
        foreach (var arg in new[] { "--urls", baseAddress.ToString(), "--Archive:InboxSettleTime", "00:00:00.300", "--Archive:OrganisationOverlays:0", Path.Combine(AppContext.BaseDirectory, "organisations.demo.json") }.Concat(data).Concat(extraArgs))
        {
            info.ArgumentList.Add(arg);
        }

        var service = new ServiceProcess(Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet"), baseAddress) { ApiKey = apiKey };
        await service.WaitHealthyAsync();
        return service;
    }

    public IKnowledgeArchiveApi CreateApi() => KnowledgeArchiveClient.Create(BaseAddress, ApiKey);

    public IKnowledgeArchiveApi CreateApi(string? apiKey) => KnowledgeArchiveClient.Create(BaseAddress, apiKey);

    /// <summary>Asks the service to stop (SIGTERM, as systemd or docker stop would) and waits for it to exit.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited)
        {
            return;
        }

        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill!.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(timeout.Token);
    }

    /// <summary>Kills the process outright (SIGKILL): no chance to flush or commit.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private async Task WaitHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"service exited with {_process.ExitCode}:\n{Log}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"service did not become healthy:\n{Log}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // The Web project's own build output, next to this test project's in the same configuration.
    private static string WebAssemblyPath()
    {
        var testOutput = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var framework = Path.GetFileName(testOutput);
        var configuration = Path.GetFileName(Path.GetDirectoryName(testOutput))!;
        var root = new DirectoryInfo(testOutput);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "KnowledgeArchive.sln")))
        {
            root = root.Parent;
        }

        var path = Path.Combine(root?.FullName ?? throw new InvalidOperationException("repository root not found"),
            "src", "KnowledgeArchive.Web", "bin", configuration, framework, "KnowledgeArchive.Web.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("build the Web project first", path);
    }
}
