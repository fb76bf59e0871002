using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeArchive.Web.Tests.Infrastructure;

namespace KnowledgeArchive.Web.Tests.Hosting;

/// <summary>The console log of the service as its own process writes it: what an operator reads.</summary>
public sealed partial class ServiceLogTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ka-log-").FullName;

    [Fact]
    public async Task ConsoleLog_IsOneTimestampedLinePerEvent_WithALinePerRequest_AndNoChallengeOrKeyNoise()
    {
        string log;
        await using (var service = await ServiceProcess.StartAsync(Path.Combine(_root, "simple")))
        {
            await service.CreateApi().SearchAsync("hydrotherapy pathway");
            using var anonymous = new HttpClient { BaseAddress = service.BaseAddress };
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("/api/documents?fileName=minutes.pdf", UriKind.Relative))).StatusCode);
            await service.StopAsync();
            log = service.Log;
        }

        var lines = log.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Matches(SimpleLine(), line));
        Assert.Contains(lines, line => SearchRequest().IsMatch(line));
        Assert.Contains(lines, line => line.EndsWith("GET /api/documents 401", StringComparison.Ordinal) || line.Contains("GET /api/documents 401 ", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("Session keys (sign-in cookies, form tokens) are kept in", StringComparison.Ordinal));

        // What was searched for and file names asked about belong in the audit log; keys belong nowhere.
        Assert.DoesNotContain("hydrotherapy", log, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("minutes.pdf", log, StringComparison.Ordinal);
        Assert.DoesNotContain(TestKeys.Admin, log, StringComparison.Ordinal);
        Assert.DoesNotContain("was challenged", log, StringComparison.Ordinal);
        Assert.DoesNotContain("unencrypted form", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonLogs_AreOneJsonObjectPerLine_WhenConfigured()
    {
        string log;
        await using (var service = await ServiceProcess.StartAsync(Path.Combine(_root, "json"), "--Logging:Console:FormatterName", "json"))
        {
            await service.CreateApi().SearchAsync("ophthalmology");
            await service.StopAsync();
            log = service.Log;
        }

        var entries = log.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToList();
        Assert.All(entries, e => Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", e.GetProperty("Timestamp").GetString()));
        var request = Assert.Single(entries, e => e.GetProperty("Category").GetString() == "KnowledgeArchive.Web.Requests"
            && e.GetProperty("State").GetProperty("Path").GetString() == "/api/search");
        Assert.Equal("Information", request.GetProperty("LogLevel").GetString());
        Assert.Equal(200, request.GetProperty("State").GetProperty("StatusCode").GetInt32());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z (trce|dbug|info|warn|fail|crit): \S")]
    private static partial Regex SimpleLine();

    [GeneratedRegex(@"GET /api/search 200 \d+\.\d ms$")]
    private static partial Regex SearchRequest();
}
