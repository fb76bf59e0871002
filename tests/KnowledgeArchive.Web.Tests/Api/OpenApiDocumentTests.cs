using System.Net;
using System.Text.Json.Nodes;
using KnowledgeArchive.Web.Tests.Infrastructure;

namespace KnowledgeArchive.Web.Tests.Api;

/// <summary>The OpenAPI document as generated clients and API tools read it: anonymously, over HTTP, from the real app.</summary>
public sealed class OpenApiDocumentTests : IClassFixture<ArchiveAppFixture>
{
    /// <summary>Set to 1 to write the served document over <c>schemas/openapi.json</c> instead of comparing them.</summary>
    public const string UpdateVariable = "KA_UPDATE_OPENAPI";

    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private readonly ArchiveAppFixture _app;

    public OpenApiDocumentTests(ArchiveAppFixture app) => _app = app;

    [Fact]
    public async Task ServedDocument_NeedsNoKey_AndMatchesTheCommittedFile()
    {
        var committed = RepositoryLayout.PathOf("schemas", "openapi.json");
        using var http = _app.Factory.CreateAnonymousClient();

        using var response = await http.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var served = await response.Content.ReadAsStringAsync();
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(committed, served.TrimEnd() + "\n");
        }

        var same = File.Exists(committed) && JsonNode.DeepEquals(JsonNode.Parse(served), JsonNode.Parse(await File.ReadAllTextAsync(committed)));
        if (!same)
        {
            var copy = Path.Combine(Path.GetTempPath(), "openapi.served.json");
            await File.WriteAllTextAsync(copy, served);
            Assert.Fail($"""
                The OpenAPI document the service serves differs from {committed} (the served one is in {copy}: diff them).
                If the API change is meant, regenerate the committed file and commit it:
                  {UpdateVariable}=1 dotnet test tests/KnowledgeArchive.Web.Tests --filter "FullyQualifiedName~OpenApiDocumentTests"
                """);
        }
    }

    [Fact]
    public async Task EveryOperation_HasAnId_ASummary_AndErrorResponsesAsProblemDetails()
    {
        var document = await ServedAsync();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var faults = new List<string>();

        foreach (var (path, method, operation) in Operations(document))
        {
            var name = $"{method.ToUpperInvariant()} {path}";
            var id = operation["operationId"]?.GetValue<string>();
            if (string.IsNullOrWhiteSpace(id) || !ids.Add(id))
            {
                faults.Add($"{name}: no operationId, or one used twice ('{id}')");
            }

            if (string.IsNullOrWhiteSpace(operation["summary"]?.GetValue<string>()))
            {
                faults.Add($"{name}: no summary");
            }

            var errors = operation["responses"]!.AsObject().Where(r => r.Key[0] is '4' or '5').ToList();
            if (errors.Count == 0)
            {
                faults.Add($"{name}: no error response listed");
            }

            faults.AddRange(errors.Where(e => e.Value?["content"]?["application/problem+json"]?["schema"]?["$ref"]?.GetValue<string>() != "#/components/schemas/ProblemDetails")
                .Select(e => $"{name}: response {e.Key} is not problem details"));
        }

        Assert.True(faults.Count == 0, string.Join('\n', faults));
        Assert.True(ids.Count > 30, $"only {ids.Count} operations found");
        Assert.NotNull(document["components"]?["schemas"]?["ProblemDetails"]);
    }

    [Fact]
    public async Task AccessErrors_AreListedWhereTheyHappen_AndHealthNeedsNoKey()
    {
        var document = await ServedAsync();
        var paths = document["paths"]!;

        var health = paths["/health"]!["get"]!;
        Assert.Empty(health["security"]!.AsArray());
        Assert.Null(health["responses"]!["401"]);
        Assert.NotNull(paths["/api/search"]!["get"]!["responses"]!["401"]);
        Assert.Null(paths["/api/search"]!["get"]!["responses"]!["403"]);
        Assert.Contains("admin", paths["/api/keys"]!["post"]!["responses"]!["403"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_IsAMultipartFormWithTheFilePart_AndQueryValuesAreTypedWithTheirAllowedValues()
    {
        var document = await ServedAsync();
        var paths = document["paths"]!;

        var form = paths["/api/documents"]!["post"]!["requestBody"]!["content"]!["multipart/form-data"]!["schema"]!;
        Assert.Equal("binary", form["properties"]!["file"]!["format"]!.GetValue<string>());
        Assert.Contains("file", form["required"]!.AsArray().Select(n => n!.GetValue<string>()));
        var batch = paths["/api/ingest/batches"]!["post"]!["requestBody"]!["content"]!;
        Assert.Equal("#/components/schemas/IngestBatchRequestDto", batch["application/json"]!["schema"]!["$ref"]!.GetValue<string>());
        Assert.Equal("binary", batch["multipart/form-data"]!["schema"]!["properties"]!["file"]!["format"]!.GetValue<string>());

        var decisions = paths["/api/decisions"]!["get"]!["parameters"]!.AsArray().ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!["schema"]!);
        Assert.Equal("integer", decisions["page"]["type"]!.GetValue<string>());
        Assert.Equal("integer", decisions["pageSize"]["type"]!.GetValue<string>());
        Assert.Equal("date", decisions["from"]["format"]!.GetValue<string>());
        Assert.Equal("date", decisions["to"]["format"]!.GetValue<string>());
        Assert.Contains("ratified", decisions["outcome"]["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    private static IEnumerable<(string Path, string Method, JsonObject Operation)> Operations(JsonNode document) =>
        from path in document["paths"]!.AsObject()
        from method in path.Value!.AsObject()
        where Methods.Contains(method.Key)
        select (path.Key, method.Key, method.Value!.AsObject());

    private async Task<JsonNode> ServedAsync()
    {
        using var http = _app.Factory.CreateAnonymousClient();
        return JsonNode.Parse(await http.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!;
    }
}
