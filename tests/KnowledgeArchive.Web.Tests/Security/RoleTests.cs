using System.Net;
using KnowledgeArchive.Client;
using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Web.Tests.Infrastructure;
using Refit;

namespace KnowledgeArchive.Web.Tests.Security;

public sealed class RoleTests : IClassFixture<ArchiveAppFixture>
{
    private readonly ArchiveAppFixture _app;

    public RoleTests(ArchiveAppFixture app) => _app = app;

    [Fact]
    public async Task Reader_SearchesAndReads_ButCannotIngestManageKeysOrAudit()
    {
        var reader = await ApiWithRoleAsync(Roles.Reader);

        await reader.SearchAsync("policy");
        await reader.ListDocumentsAsync();
        await Forbidden(() => UploadAsync(reader));
        await Forbidden(() => reader.StartBatchAsync(new IngestBatchRequestDto("/tmp", "inbox")));
        await Forbidden(() => reader.ListBatchesAsync());
        await Forbidden(() => reader.CreateKeyAsync(new CreateApiKeyRequestDto("mine", Roles.Admin)));
        await Forbidden(() => reader.ListKeysAsync());
        await Forbidden(() => reader.ListAuditAsync());
        await Forbidden(() => reader.VerifyAuditAsync());
        await Forbidden(() => reader.RunFixityAsync());
    }

    [Fact]
    public async Task Forbidden_IsProblemDetailsNamingTheRole()
    {
        var reader = await ApiWithRoleAsync(Roles.Reader);

        var refused = await Assert.ThrowsAsync<ApiException>(() => reader.ListAuditAsync());

        Assert.Equal("application/problem+json", refused.ContentHeaders?.ContentType?.MediaType);
        Assert.Contains("(reader)", refused.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingester_Uploads_ButCannotAuditOrManageKeys()
    {
        var ingester = await ApiWithRoleAsync(Roles.Ingester);

        var uploaded = await UploadAsync(ingester);
        await ingester.ListBatchesAsync();

        Assert.True(uploaded.IsSuccessStatusCode, $"upload: {uploaded.StatusCode}");
        await Forbidden(() => ingester.ListAuditAsync());
        await Forbidden(() => ingester.ListKeysAsync());
    }

    [Fact]
    public async Task Auditor_ReadsTheAuditLog_ButCannotIngestOrManageKeys()
    {
        var auditor = await ApiWithRoleAsync(Roles.Auditor);

        await auditor.ListAuditAsync();
        Assert.True((await auditor.VerifyAuditAsync()).Ok);
        await Forbidden(() => UploadAsync(auditor));
        await Forbidden(() => auditor.CreateKeyAsync(new CreateApiKeyRequestDto("mine", Roles.Admin)));
        await Forbidden(() => auditor.RunFixityAsync());
    }

    [Fact]
    public async Task Admin_ManagesKeys_AndAKeyMadeByAnotherAdminWorks()
    {
        var admin = await ApiWithRoleAsync(Roles.Admin);

        var made = await admin.CreateKeyAsync(new CreateApiKeyRequestDto("second auditor", Roles.Auditor));
        await _app.Factory.CreateApi(made.Key).ListAuditAsync();
        await admin.RevokeKeyAsync(made.KeyId);

        var refused = await Assert.ThrowsAsync<ApiException>(() => _app.Factory.CreateApi(made.Key).ListAuditAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    private async Task<IKnowledgeArchiveApi> ApiWithRoleAsync(string role)
    {
        var created = await _app.Factory.CreateApi().CreateKeyAsync(new CreateApiKeyRequestDto($"{role} test key", role));
        return _app.Factory.CreateApi(created.Key);
    }

    private static async Task<IApiResponse<UploadResultDto>> UploadAsync(IKnowledgeArchiveApi api)
    {
        var bytes = SampleFiles.Docx("Finance Committee minutes", "The committee approved the budget for " + Guid.NewGuid().ToString("N") + ".");
        var response = await api.UploadAsync(new StreamPart(new MemoryStream(bytes), "finance.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        if (response.Error is { } error)
        {
            throw error;
        }

        return response;
    }

    private static async Task Forbidden(Func<Task> call)
    {
        var refused = await Assert.ThrowsAsync<ApiException>(call);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
