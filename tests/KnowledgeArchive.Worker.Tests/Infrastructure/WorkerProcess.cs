using System.Diagnostics;
using System.Text;
using KnowledgeArchive.Web.Tests.Infrastructure;

namespace KnowledgeArchive.Worker.Tests.Infrastructure;

/// <summary><c>ka-worker</c> as an operator runs it: its own process, with the broker and the shared folder given.</summary>
public sealed class WorkerProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder log = new();

    private WorkerProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Log
    {
        get
        {
            lock (log)
            {
                return log.ToString();
            }
        }
    }

    public bool HasExited => process.HasExited;

    /// <summary>Starts a worker and waits until it consumes jobs.</summary>
    public static async Task<WorkerProcess> StartAsync(Uri broker, string sharedDirectory, string dataDirectory, params string[] extraArgs)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ka-worker.dll"));
        string[] args =
        [
            "--Archive:Broker:Url", broker.ToString(), "--Archive:SharedDirectory", sharedDirectory, "--Archive:DataDirectory", dataDirectory,
            "--Archive:OrganisationOverlays:0", Path.Combine(AppContext.BaseDirectory, "organisations.demo.json"), .. extraArgs,
        ];
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var worker = new WorkerProcess(Process.Start(info) ?? throw new InvalidOperationException("could not start ka-worker"));
        await Eventually.GetAsync(
            () => Task.FromResult(worker.HasExited ? throw new InvalidOperationException($"ka-worker exited:\n{worker.Log}") : worker.Log.Contains("Consuming ", StringComparison.Ordinal) ? worker : null),
            TimeSpan.FromSeconds(60),
            "the worker to consume jobs");
        return worker;
    }

    /// <summary>
    /// Kills the worker outright (SIGKILL, as <c>kill -9</c>): no job it holds is finished or acknowledged. With
    /// <paramref name="withChildren"/> its extraction and OCR processes go too, as when a container is killed.
    /// </summary>
    public async Task KillAsync(bool withChildren = false)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: withChildren);
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.AppendLine(line);
            }
        }
    }
}
