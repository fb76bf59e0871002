namespace KnowledgeArchive.Extraction.Isolation;

/// <summary>
/// Finds the extraction worker shipped beside the service: the natively compiled one (<c>native/ka-extract</c>, from a
/// publish with <c>-p:NativeExtractionWorker=true</c>) when it is there, which starts at once and never waits for the
/// JIT; else <c>ka-extract.dll</c>, run by the dotnet host. <see cref="OverrideVariable"/> names another worker
/// program to run instead.
/// </summary>
public static class ExtractionHostLocator
{
    public const string WorkerAssembly = "ka-extract.dll";

    /// <summary>An environment variable that, when set, is the path of the worker program to run (a native <c>ka-extract</c>).</summary>
    public const string OverrideVariable = "KA_EXTRACTION_WORKER";

    private const string NativeFolder = "native";

    /// <summary>The program to start for a worker and the arguments it takes.</summary>
    public static WorkerCommand Command()
    {
        if (Environment.GetEnvironmentVariable(OverrideVariable) is { Length: > 0 } chosen)
        {
            return File.Exists(chosen)
                ? new WorkerCommand(Path.GetFullPath(chosen), [])
                : throw new InvalidOperationException($"{OverrideVariable} names the extraction worker {chosen}, which does not exist.");
        }

        var native = Path.Combine(AppContext.BaseDirectory, NativeFolder, OperatingSystem.IsWindows() ? "ka-extract.exe" : "ka-extract");
        if (File.Exists(native))
        {
            return new WorkerCommand(native, []);
        }

        var assembly = Path.Combine(AppContext.BaseDirectory, WorkerAssembly);
        return File.Exists(assembly)
            ? new WorkerCommand(DotnetHost(), [assembly])
            : throw new InvalidOperationException($"The extraction worker {WorkerAssembly} is missing from {AppContext.BaseDirectory}; reinstall the service, or set Archive:IsolateExtraction to false.");
    }

    public static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return current;
        }

        foreach (var candidate in new[]
        {
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH"),
            Combine(Environment.GetEnvironmentVariable("DOTNET_ROOT"), "dotnet"),
            "/usr/share/dotnet/dotnet",
            "/usr/lib/dotnet/dotnet",
            "/usr/local/share/dotnet/dotnet",
        })
        {
            if (!string.IsNullOrEmpty(candidate) && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return "dotnet";
    }

    private static string? Combine(string? directory, string name) => directory is null ? null : Path.Combine(directory, name);
}
