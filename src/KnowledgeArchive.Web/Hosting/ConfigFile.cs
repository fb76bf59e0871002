namespace KnowledgeArchive.Web.Hosting;

/// <summary><c>--config FILE</c>: a deployment's settings file (see <c>ingest-config/archive.example.json</c>).</summary>
/// <remarks>Layered over appsettings.json and the environment; command-line settings still win.</remarks>
internal static class ConfigFile
{
    public const string Key = "config";

    public static void Add(WebApplicationBuilder builder, string[] args)
    {
        var path = builder.Configuration[Key];
        if (string.IsNullOrWhiteSpace(path))
        {
            return;
        }

        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"Settings file given with --config does not exist: {full}", full);
        }

        builder.Configuration.AddJsonFile(full, optional: false, reloadOnChange: false);
        builder.Configuration.AddCommandLine(CommandLineSwitches.Expand(args));
    }
}
