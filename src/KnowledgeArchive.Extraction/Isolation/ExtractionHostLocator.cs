namespace KnowledgeArchive.Extraction.Isolation;

/// <summary>Finds the extraction worker (<c>ka-extract.dll</c>, shipped beside the service) and the dotnet host to run it with.</summary>
public static class ExtractionHostLocator
{
    public const string WorkerAssembly = "ka-extract.dll";

    public static string WorkerPath()
    {
        var path = Path.Combine(AppContext.BaseDirectory, WorkerAssembly);
        return File.Exists(path)
            ? path
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
