using System.Diagnostics;
using System.Text;

namespace KnowledgeArchive.Extraction.Ocr;

/// <summary>Runs a command-line program with a time limit, and stops it and everything it started when the limit passes.</summary>
internal static class ExternalProgram
{
    private const int ErrorTailLength = 2000;

    /// <summary>Runs <paramref name="program"/>; its exit code and output, or a <see cref="TimeoutException"/>.</summary>
    public static ProgramRun Run(string program, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            process.WaitForExitAsync(limit.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            Stop(process);
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException($"{Path.GetFileName(program)} did not finish within {timeout.TotalSeconds:0.#} s");
        }

        var error = errors.GetAwaiter().GetResult();
        return new ProgramRun(process.ExitCode, output.GetAwaiter().GetResult(), error.Length > ErrorTailLength ? error[^ErrorTailLength..] : error);
    }

    /// <summary>The full path of <paramref name="program"/> (a path, or a name on the PATH); null when it is not there.</summary>
    public static string? Locate(string program)
    {
        if (program.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return File.Exists(program) ? Path.GetFullPath(program) : null;
        }

        var folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return folders.Select(folder => Path.Combine(folder, program)).FirstOrDefault(File.Exists);
    }

    private static void Stop(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}

/// <summary>What a program run left: its exit code, its standard output and the end of its standard error.</summary>
internal sealed record ProgramRun(int ExitCode, string Output, string ErrorTail)
{
    /// <summary>The first line of the error output that says something, for messages.</summary>
    public string FirstError =>
        ErrorTail.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && !l.StartsWith("Estimating resolution", StringComparison.Ordinal))
        ?? $"exit code {ExitCode}";
}
