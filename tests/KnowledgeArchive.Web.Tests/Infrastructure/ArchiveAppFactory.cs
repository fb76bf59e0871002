using KnowledgeArchive.Client;
using KnowledgeArchive.Client.Contracts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeArchive.Web.Tests.Infrastructure;

/// <summary>The real app, with its own data directory in a temp folder, on a real Kestrel port (so browsers and the CLI can reach it).</summary>
public sealed class ArchiveAppFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string> _settings;
    private readonly Dictionary<string, string> _roleKeys = new(StringComparer.Ordinal);

    public ArchiveAppFactory(IDictionary<string, string>? settings = null)
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "ka-web-tests", Guid.NewGuid().ToString("N"));
        _settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Archive:DataDirectory"] = DataDirectory,
            ["Archive:InboxSettleTime"] = "00:00:00.300",
            ["Archive:InboxPollInterval"] = "00:00:00.150",
            ["Archive:ExtractionTimeout"] = "00:00:30",
            [TestKeys.ConfigurationKey] = TestKeys.Admin,

            // The test archives are of the demo's fictional organisations.
            ["Archive:OrganisationOverlays:0"] = Path.Combine(AppContext.BaseDirectory, "organisations.demo.json"),
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

    /// <summary>A client sending the bootstrap admin key, as every <see cref="WebApplicationFactory{TEntryPoint}.CreateClient()"/> does.</summary>
    public IKnowledgeArchiveApi CreateApi() => KnowledgeArchiveClient.Create(CreateClient());

    /// <summary>A client sending <paramref name="apiKey"/>, or no key at all when it is null.</summary>
    public IKnowledgeArchiveApi CreateApi(string? apiKey) => KnowledgeArchiveClient.Create(BaseAddress, apiKey);

    /// <summary>An HTTP client without any API key.</summary>
    public HttpClient CreateAnonymousClient() => new() { BaseAddress = BaseAddress };

    /// <summary>An HTTP client signed in with a key of <paramref name="role"/> (<c>reader</c>, <c>auditor</c>…), made once per role by the admin.</summary>
    public HttpClient CreateClientAs(string role)
    {
        var client = CreateAnonymousClient();
        KnowledgeArchiveClient.UseApiKey(client, KeyFor(role));
        return client;
    }

    /// <summary>A client signed in with a key of <paramref name="role"/>.</summary>
    public IKnowledgeArchiveApi CreateApiAs(string role) => KnowledgeArchiveClient.Create(BaseAddress, KeyFor(role));

    /// <summary>The key this factory made for <paramref name="role"/>, made through <c>POST /api/keys</c> on first use.</summary>
    public string KeyFor(string role)
    {
        lock (_roleKeys)
        {
            if (!_roleKeys.TryGetValue(role, out var key))
            {
                key = Task.Run(() => CreateApi().CreateKeyAsync(new CreateApiKeyRequestDto("test " + role, role))).GetAwaiter().GetResult().Key;
                _roleKeys[role] = key;
            }

            return key;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void ConfigureClient(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        base.ConfigureClient(client);
        KnowledgeArchiveClient.UseApiKey(client, TestKeys.Admin);
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
