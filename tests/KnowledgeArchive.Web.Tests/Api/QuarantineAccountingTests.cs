using System.Net;
using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Web.Tests.Infrastructure;
using Refit;

namespace KnowledgeArchive.Web.Tests.Api;

/// <summary>Accounting for a quarantined document left unread, through the API client: its sensitivity and a review.</summary>
public sealed class QuarantineAccountingTests : IClassFixture<ArchiveAppFixture>
{
    private readonly ArchiveAppFixture _app;

    public QuarantineAccountingTests(ArchiveAppFixture app) => _app = app;

    [Fact]
    public async Task Review_KeepsTheDocumentQuarantined_ShowsWhoWhenAndWhy_AndIsAudited()
    {
        var id = await Uploads.SettledAsync(_app, BatchInput.CorruptPdf(), "damaged agenda.pdf", "quarantined");

        var reviewed = await _app.Factory.CreateApiAs("ingester").ReviewDocumentAsync(id, new ReviewRequestDto("  Damaged copy; the clean one is in batch 12.  "));
        var shown = await _app.Factory.CreateApiAs("auditor").GetDocumentAsync(id);

        Assert.Equal("quarantined", reviewed.Status);
        Assert.Equal("quarantined", shown.Status);
        var review = Assert.IsType<QuarantineReviewDto>(shown.Review);
        Assert.Equal("test ingester", review.ReviewedBy);
        Assert.Equal("Damaged copy; the clean one is in batch 12.", review.Note);
        Assert.InRange(review.ReviewedAt, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
        var entry = Assert.Single((await _app.Factory.CreateApi().ListAuditAsync(action: "document.review")).Items, e => e.Target == id);
        Assert.Equal("Damaged copy; the clean one is in batch 12.", entry.Detail);
        var hidden = await Assert.ThrowsAsync<ApiException>(() => _app.Factory.CreateApiAs("reader").GetDocumentAsync(id));
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    [Fact]
    public async Task Review_IsForgottenWhenTheDocumentIsReadAgain()
    {
        var id = await Uploads.SettledAsync(_app, BatchInput.CorruptPdf(), "reviewed then retried.pdf", "quarantined");
        var api = _app.Factory.CreateApiAs("ingester");
        await api.ReviewDocumentAsync(id, new ReviewRequestDto("looked at it"));

        await api.RetryDocumentAsync(id, new DocumentActionDto());
        var again = await _app.WaitForStatusAsync(id, "quarantined");

        Assert.Null(again.Review);
    }

    [Fact]
    public async Task Review_WithoutANote_Is400_AndOfAnIndexedDocument409()
    {
        var quarantined = await Uploads.SettledAsync(_app, BatchInput.CorruptPdf(), "no note.pdf", "quarantined");
        var indexed = await Uploads.SettledAsync(_app, SampleFiles.Pdf("Indexed paper", "Read without trouble."), "indexed paper.pdf", "indexed");
        var api = _app.Factory.CreateApiAs("ingester");

        var blank = await Assert.ThrowsAsync<ApiException>(() => api.ReviewDocumentAsync(quarantined, new ReviewRequestDto("   ")));
        var conflict = await Assert.ThrowsAsync<ApiException>(() => api.ReviewDocumentAsync(indexed, new ReviewRequestDto("fine")));

        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Contains("Give a 'note'", blank.Content, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
    }

    [Fact]
    public async Task Sensitivity_RestrictedWithAReason_HidesItFromIngesters_AndAnAuditorCanMakeItPublicAgain()
    {
        var id = await Uploads.SettledAsync(_app, BatchInput.CorruptPdf(), "patient list.pdf", "quarantined");

        var restricted = await _app.Factory.CreateApiAs("ingester").SetSensitivityAsync(id, new SensitivityRequestDto("Restricted", "names patients"));
        var hidden = await Assert.ThrowsAsync<ApiException>(() => _app.Factory.CreateApiAs("ingester").GetDocumentAsync(id));
        var again = await Assert.ThrowsAsync<ApiException>(() => _app.Factory.CreateApiAs("ingester").SetSensitivityAsync(id, new SensitivityRequestDto("public", "mistake")));
        var made = await _app.Factory.CreateApiAs("auditor").SetSensitivityAsync(id, new SensitivityRequestDto("public", "the names are of board members"));

        Assert.Equal("restricted", restricted.Sensitivity);
        Assert.Equal("restricted by hand: names patients", restricted.SensitivityBasis);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal("public", made.Sensitivity);
        Assert.Null(made.SensitivityBasis);
        Assert.Equal("public", (await _app.Factory.CreateApiAs("ingester").GetDocumentAsync(id)).Sensitivity);
        var entries = (await _app.Factory.CreateApi().ListAuditAsync(action: "document.sensitivity")).Items.Where(e => e.Target == id).ToList();
        Assert.Contains(entries, e => e.Role == "ingester" && e.Detail == "restricted: names patients");
        Assert.Contains(entries, e => e.Role == "auditor" && e.Detail == "public: the names are of board members");
    }

    [Fact]
    public async Task Sensitivity_UnknownValueOrNoReason_Is400()
    {
        var id = await Uploads.SettledAsync(_app, BatchInput.CorruptPdf(), "bad sensitivity.pdf", "quarantined");
        var api = _app.Factory.CreateApiAs("ingester");

        var unknown = await Assert.ThrowsAsync<ApiException>(() => api.SetSensitivityAsync(id, new SensitivityRequestDto("secret", "because")));
        var noReason = await Assert.ThrowsAsync<ApiException>(() => api.SetSensitivityAsync(id, new SensitivityRequestDto("restricted", null)));

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("'sensitivity' must be public or restricted", unknown.Content, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("'reason'", noReason.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedJson_Is400WithProblemDetails()
    {
        var id = await Uploads.SettledAsync(_app, BatchInput.CorruptPdf(), "malformed body.pdf", "quarantined");
        using var http = _app.Factory.CreateClientAs("ingester");

        using var response = await http.PostAsync(
            new Uri($"/api/documents/{id}/review", UriKind.Relative),
            new StringContent("{\"note\": ", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
