using KnowledgeArchive.Client;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeArchive.Web.Tests.Infrastructure;

/// <summary>The real app, with its own data directory in a temp folder, on a real Kestrel port (so browsers and the CLI can reach it).</summary>
public sealed class ArchiveAppFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string> _settings;

    public ArchiveAppFactory(IDictionary<string, string>? settings = null)
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "ka-web-tests", Guid.NewGuid().ToString("N"));
        _settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Archive:DataDirectory"] = DataDirectory,
            ["Archive:InboxSettleTime"] = "00:00:00.300",
            ["Archive:InboxPollInterval"] = "00:00:00.150",
            ["Archive:IndexRefreshInterval"] = "00:00:00.200",
            ["Archive:ExtractionTimeout"] = "00:00:30",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            _settings[key] = value;
        }

        UseKestrel(0);
        StartServer();
    }

    public string DataDirectory { get; }

    public string InboxDirectory => Path.Combine(DataDirectory, "inbox");

    /// <summary>The app's address on the loopback interface, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseAddress => ClientOptions.BaseAddress;

    public IKnowledgeArchiveApi CreateApi() => KnowledgeArchiveClient.Create(CreateClient());

    /// <summary>A client acting in a role (<c>auditor</c>, <c>reader</c>, …) through the test-only <see cref="TestRoleAuthentication"/>.</summary>
    public HttpClient CreateClient(string role)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(TestRoleAuthentication.Header, role);
        return client;
    }

    public IKnowledgeArchiveApi CreateApi(string role) => KnowledgeArchiveClient.Create(CreateClient(role));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        // Until API keys sign callers in, tests act in a role through a header only this factory honours.
        builder.ConfigureTestServices(services => services
            .AddAuthentication(TestRoleAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, TestRoleAuthentication>(TestRoleAuthentication.SchemeName, null));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            TryDelete(DataDirectory);
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still held open by a finishing background task: the temp folder is cleaned by the OS later.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
