namespace KnowledgeArchive.Web.Hosting;

/// <summary>Friendly switches for the run command, turned into configuration keys before the host reads them.</summary>
public static class CommandLineSwitches
{
    /// <summary>Where the service listens when neither <c>--urls</c> nor <c>ASPNETCORE_URLS</c> says otherwise.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary><c>--demo</c> becomes <c>--Archive:Demo=true</c>; everything else is passed through unchanged.</summary>
    public static string[] Expand(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return [.. args.Select(a => string.Equals(a, "--demo", StringComparison.OrdinalIgnoreCase) ? "--Archive:Demo=true" : a)];
    }

    /// <summary>Listens on the default loopback address unless an address was configured.</summary>
    public static void ApplyDefaultUrl(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]) && string.IsNullOrWhiteSpace(builder.Configuration["http_ports"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
    }
}
