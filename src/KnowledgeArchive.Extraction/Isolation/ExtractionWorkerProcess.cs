using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Extraction;

namespace KnowledgeArchive.Extraction.Isolation;

/// <summary>One running extraction worker process, used for one file at a time.</summary>
internal sealed class ExtractionWorkerProcess : IDisposable
{
    private const int StderrTailLength = 4000;

    private readonly Process process;
    private readonly WorkerCommand command;
    private readonly StringBuilder stderrTail = new();

    private ExtractionWorkerProcess(Process process, WorkerCommand command)
    {
        this.process = process;
        this.command = command;
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (stderrTail)
            {
                stderrTail.AppendLine(e.Data);
                if (stderrTail.Length > StderrTailLength)
                {
                    stderrTail.Remove(0, stderrTail.Length - StderrTailLength);
                }
            }
        };
        process.BeginErrorReadLine();
    }

    public bool IsUsable => !process.HasExited;

    /// <summary>Starts a worker and checks that it answers, so a broken installation is never blamed on a file.</summary>
    public static async Task<ExtractionWorkerProcess> StartAsync(long memoryLimitBytes, OcrOptions ocr, CancellationToken cancellationToken)
    {
        var worker = Start(memoryLimitBytes, ocr);
        try
        {
            // An empty path cannot be read: the worker answers with a failure, which proves it runs.
            await worker.ExtractAsync(new ExtractRequest(string.Empty), TimeSpan.FromSeconds(30), cancellationToken);
            return worker;
        }
        catch (Exception ex) when (ex is WorkerDiedException or TimeoutException)
        {
            var detail = worker.FirstErrorLine();
            worker.Dispose();
            throw new InvalidOperationException($"The extraction worker ({worker.command}) does not start: {detail ?? ex.Message}", ex);
        }
    }

    private static ExtractionWorkerProcess Start(long memoryLimitBytes, OcrOptions ocr)
    {
        var command = ExtractionHostLocator.Command();
        var start = new ProcessStartInfo(command.Program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardInputEncoding = new UTF8Encoding(false),
        };
        foreach (var argument in command.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_GCHeapHardLimit"] = memoryLimitBytes.ToString("X", CultureInfo.InvariantCulture);
        start.Environment["DOTNET_gcServer"] = "0";
        start.Environment[WorkerEnvironment.OcrOptions] = JsonSerializer.Serialize(ocr, WireJsonContext.Default.OcrOptions);

        // Deeply nested but valid files need a deep stack; a file that recurses without end still only ends this worker.
        start.Environment["DOTNET_DefaultStackSize"] = "4000000";
        var process = Process.Start(start) ?? throw new InvalidOperationException("The extraction worker process did not start.");
        return new ExtractionWorkerProcess(process, command);
    }

    /// <summary>
    /// Sends one file; the reply, or an exception saying the worker went <paramref name="timeout"/> without progress
    /// (each progress line restarts the clock with the allowance it asks for) or died.
    /// </summary>
    public async Task<ExtractionOutcome> ExtractAsync(ExtractRequest extractRequest, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var request = JsonSerializer.Serialize(extractRequest, WireJsonContext.Default.ExtractRequest);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.StandardInput.WriteLineAsync(request.AsMemory(), limit.Token);
            await process.StandardInput.FlushAsync(limit.Token);
            while (true)
            {
                var line = await process.StandardOutput.ReadLineAsync(limit.Token);
                if (line is null)
                {
                    throw new WorkerDiedException(DescribeDeath());
                }

                var reply = JsonSerializer.Deserialize(line, WireJsonContext.Default.ExtractReply)
                    ?? throw new WorkerDiedException("the extraction worker sent an empty reply");
                if (reply.ProgressAllowanceMs is not { } allowance)
                {
                    return reply.ToOutcome();
                }

                limit.CancelAfter(TimeSpan.FromMilliseconds(Math.Max(allowance, timeout.TotalMilliseconds)));
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Kill();
            throw new TimeoutException($"extraction made no progress for {timeout.TotalSeconds:0.#} s");
        }
        catch (IOException ex)
        {
            Kill();
            throw new WorkerDiedException(DescribeDeath(), ex);
        }
        catch (JsonException ex)
        {
            Kill();
            throw new WorkerDiedException("the extraction worker sent a reply that could not be read", ex);
        }
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }

    private void Kill()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private string? FirstErrorLine()
    {
        process.WaitForExit(2000);
        lock (stderrTail)
        {
            return stderrTail.ToString().Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        }
    }

    private string DescribeDeath()
    {
        process.WaitForExit(5000);
        string tail;
        lock (stderrTail)
        {
            tail = stderrTail.ToString();
        }

        var cause = tail.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase) ? "a stack overflow"
            : tail.Contains("OutOfMemory", StringComparison.OrdinalIgnoreCase) ? "running out of memory"
            : "a fatal error";
        var exitCode = process.HasExited ? process.ExitCode.ToString(CultureInfo.InvariantCulture) : "unknown";
        return $"the parser crashed on this file ({cause}, exit code {exitCode})";
    }
}

/// <summary>The worker process ended without answering.</summary>
internal sealed class WorkerDiedException : Exception
{
    public WorkerDiedException()
    {
    }

    public WorkerDiedException(string message)
        : base(message)
    {
    }

    public WorkerDiedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
