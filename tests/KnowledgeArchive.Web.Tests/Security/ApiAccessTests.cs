using System.Net;
using System.Net.Http.Json;
using KnowledgeArchive.Client;
using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Web.Tests.Infrastructure;
using Refit;

namespace KnowledgeArchive.Web.Tests.Security;

public sealed class ApiAccessTests : IClassFixture<ArchiveAppFixture>
{
    private readonly ArchiveAppFixture _app;

    public ApiAccessTests(ArchiveAppFixture app) => _app = app;

    public static TheoryData<string, string> Endpoints => new()
    {
        { "GET", "/api/search?q=policy" },
        { "GET", "/api/documents" },
        { "GET", "/api/documents/doc-00000000000000000000" },
        { "GET", "/api/documents/doc-00000000000000000000/pages/1" },
        { "GET", "/api/documents/doc-00000000000000000000/file" },
        { "POST", "/api/documents" },
        { "POST", "/api/documents/doc-00000000000000000000/retry" },
        { "POST", "/api/documents/doc-00000000000000000000/password" },
        { "POST", "/api/documents/doc-00000000000000000000/ocr" },
        { "POST", "/api/documents/doc-00000000000000000000/sensitivity" },
        { "POST", "/api/documents/doc-00000000000000000000/review" },
        { "GET", "/api/decisions" },
        { "GET", "/api/decisions/dec-x" },
        { "GET", "/api/decisions/dec-x/lineage" },
        { "GET", "/api/decisions/dec-x/lineage/export" },
        { "GET", "/api/lineage/trace?q=what" },
        { "GET", "/api/lineage/gaps" },
        { "GET", "/api/in-force?subject=x&area=y&date=2020-01-01" },
        { "GET", "/api/organisations" },
        { "GET", "/api/ingest/batches" },
        { "POST", "/api/ingest/batches" },
        { "GET", "/api/ingest/batches/batch-x" },
        { "GET", "/api/ingest/batches/batch-x/report.csv" },
        { "POST", "/api/ingest/batches/batch-x/rerun" },
        { "GET", "/api/keys" },
        { "POST", "/api/keys" },
        { "DELETE", "/api/keys/key-x" },
        { "GET", "/api/audit" },
        { "GET", "/api/audit/verify" },
        { "POST", "/api/fixity" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task EveryApiEndpoint_WithoutAKey_Is401ProblemDetails_NeverARedirect(string method, string path)
    {
        using var http = _app.Factory.CreateAnonymousClient();

        using var response = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("X-Api-Key", (await response.Content.ReadFromJsonAsync(ArchiveJsonContext.Default.ProblemDto))?.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task EveryApiEndpoint_WithAWrongKey_Is401(string method, string path)
    {
        using var http = _app.Factory.CreateAnonymousClient();
        KnowledgeArchiveClient.UseApiKey(http, "ka_not-a-key");

        using var response = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("revoked", (await response.Content.ReadFromJsonAsync(ArchiveJsonContext.Default.ProblemDto))?.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApiDocument_SaysEveryOperationTakesAnArchiveKey_InTheXApiKeyHeader()
    {
        using var document = System.Text.Json.JsonDocument.Parse(await _app.Factory.CreateClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var root = document.RootElement;

        var scheme = root.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("apiKey", scheme.GetProperty("type").GetString());
        Assert.Equal("header", scheme.GetProperty("in").GetString());
        Assert.Equal(ApiKeyHeader.Name, scheme.GetProperty("name").GetString());
        var requirement = Assert.Single(root.GetProperty("security").EnumerateArray());
        Assert.True(requirement.TryGetProperty("ApiKey", out _));
    }

    [Fact]
    public async Task Health_NeedsNoKey()
    {
        using var http = _app.Factory.CreateAnonymousClient();

        Assert.Equal("healthy", (await http.GetFromJsonAsync("/health", ArchiveJsonContext.Default.HealthDto))?.Status);
    }

    [Fact]
    public async Task KeyMadeThroughTheApi_Works_UntilRevoked()
    {
        var admin = _app.Factory.CreateApi();
        var created = await admin.CreateKeyAsync(new CreateApiKeyRequestDto("ICB staff laptop", Roles.Reader));
        var reader = _app.Factory.CreateApi(created.Key);

        Assert.Equal(Roles.Reader, created.Role);
        await reader.SearchAsync("policy");
        var listed = Assert.Single((await admin.ListKeysAsync()).Items, k => k.KeyId == created.KeyId);
        Assert.True(listed.Active);

        await admin.RevokeKeyAsync(created.KeyId);

        var refused = await Assert.ThrowsAsync<ApiException>(() => reader.SearchAsync("policy"));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.False(Assert.Single((await admin.ListKeysAsync()).Items, k => k.KeyId == created.KeyId).Active);
    }

    [Fact]
    public async Task KeyList_NeverHoldsTheKeys()
    {
        var admin = _app.Factory.CreateApi();
        var created = await admin.CreateKeyAsync(new CreateApiKeyRequestDto("script", Roles.Ingester));

        var json = await _app.Factory.CreateClient().GetStringAsync(new Uri("/api/keys", UriKind.Relative));

        Assert.Contains(created.KeyId, json, StringComparison.Ordinal);
        Assert.DoesNotContain(created.Key, json, StringComparison.Ordinal);
        Assert.DoesNotContain(TestKeys.Admin, json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"name\":\"x\",\"role\":\"superuser\"}", "'role' must be one of reader, ingester, auditor, admin")]
    [InlineData("{\"role\":\"reader\"}", "'name'")]
    [InlineData("{\"name\":\"  \",\"role\":\"reader\"}", "'name'")]
    public async Task CreateKey_Invalid_Is400SayingWhatIsWrong(string body, string expected)
    {
        using var response = await _app.Factory.CreateClient().PostAsync(
            new Uri("/api/keys", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, (await response.Content.ReadFromJsonAsync(ArchiveJsonContext.Default.ProblemDto))?.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RevokeUnknownKey_Is404()
    {
        using var response = await _app.Factory.CreateClient().DeleteAsync(new Uri("/api/keys/key-unknown", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/api/search?q=policy")]
    [InlineData("/")]
    [InlineData("/signin")]
    [InlineData("/css/site.css")]
    [InlineData("/no-such-page")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path)
    {
        using var response = await _app.Factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
}
