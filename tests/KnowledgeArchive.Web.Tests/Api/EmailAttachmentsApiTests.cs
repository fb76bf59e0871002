using System.IO.Compression;
using System.Net;
using KnowledgeArchive.Client;
using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Ingestion.Attachments;
using KnowledgeArchive.Web.Tests.Infrastructure;
using MimeKit;
using Refit;

namespace KnowledgeArchive.Web.Tests.Api;

/// <summary>An email's attachments become documents of their own, linked both ways; a zip among them a batch; a private email's attachments stay private.</summary>
public sealed class EmailAttachmentsApiTests : IClassFixture<ArchiveAppFixture>
{
    private readonly ArchiveAppFixture _app;

    public EmailAttachmentsApiTests(ArchiveAppFixture app) => _app = app;

    [Fact]
    public async Task Email_AttachmentsAreDocuments_LinkedToIt_ZipsBecomeBatches_ForwardedMailsFollowed()
    {
        var paper = SampleFiles.Pdf("Wheelchair policy paper", "The paper sets out the revised wheelchair policy.", "The committee is asked to approve version 3.");
        var forwarded = Email("Signed minutes of 12 May", "The signed minutes are attached.", ("signed minutes 12 May.docx", SampleFiles.Docx("Signed minutes", "The Governing Body approved the annual report.")));
        var email = Email(
            "Papers for the Primary Care Committee",
            "Colleagues, the papers for Thursday are attached.",
            ("wheelchair policy paper.pdf", paper),
            ("appendices.zip", Zip(("appendix A.docx", SampleFiles.Docx("Appendix A", "Costs of the revised policy.")))),
            ("Signed minutes of 12 May.eml", Bytes(forwarded)));
        var api = _app.Factory.CreateApi();

        var accepted = await Upload(api, Bytes(email), "papers for PCC.eml");
        var indexed = await _app.WaitForStatusAsync(accepted.DocumentId, "indexed");
        Assert.Equal("eml", indexed.Format);

        var parent = await Eventually.GetAsync(async () => (await api.GetDocumentAsync(accepted.DocumentId)) is { Attachments.Count: 3 } d ? d : null, what: "the email's attachments");
        Assert.Equal(["wheelchair policy paper.pdf", "appendices.zip", "Signed minutes of 12 May.eml"], parent.Attachments.Select(a => a.FileName));

        var pdf = await _app.WaitForStatusAsync(parent.Attachments[0].DocumentId!, "indexed");
        Assert.Equal("pdf", pdf.Format);
        var attachedTo = Assert.Single(pdf.AttachedTo);
        Assert.Equal(accepted.DocumentId, attachedTo.DocumentId);
        Assert.Equal("papers for PCC.eml", attachedTo.FileName);
        Assert.Equal("wheelchair policy paper.pdf", attachedTo.AttachedAs);

        Assert.Null(parent.Attachments[1].DocumentId);
        var batch = await Eventually.GetAsync(async () => (await api.GetBatchAsync(parent.Attachments[1].BatchId!)) is { State: "completed" } b ? b : null, what: "the zip attachment's batch");
        Assert.Equal(1, batch.Counts.Indexed);

        var inner = await _app.WaitForStatusAsync(parent.Attachments[2].DocumentId!, "indexed");
        Assert.Equal("eml", inner.Format);
        var innerWithAttachments = await Eventually.GetAsync(async () => (await api.GetDocumentAsync(inner.DocumentId)) is { Attachments.Count: 1 } d ? d : null, what: "the forwarded email's attachment");
        var minutes = await _app.WaitForStatusAsync(innerWithAttachments.Attachments[0].DocumentId!, "indexed");
        Assert.Equal("docx", minutes.Format);
    }

    [Fact]
    public async Task PrivateEmail_ItsAttachmentsAreRestricted_AndHiddenFromReaders()
    {
        var email = Email("Part 2 papers", "Confidential papers attached.", ("contract award report.pdf", SampleFiles.Pdf("Contract award", "The committee awarded the community contract.")));
        var ingester = _app.Factory.CreateApiAs(Roles.Admin);

        var accepted = await Upload(ingester, Bytes(email), "Part 2 private papers.eml");
        await _app.WaitForStatusAsync(accepted.DocumentId, "indexed");
        var parent = await Eventually.GetAsync(async () => (await ingester.GetDocumentAsync(accepted.DocumentId)) is { Attachments.Count: 1 } d ? d : null, what: "the attachment");
        var child = await _app.WaitForStatusAsync(parent.Attachments[0].DocumentId!, "indexed");
        Assert.Equal("restricted", child.Sensitivity);

        var reader = _app.Factory.CreateApiAs(Roles.Reader);
        var hidden = await Assert.ThrowsAsync<ApiException>(() => reader.GetDocumentAsync(child.DocumentId));
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    [Fact]
    public async Task EmailBomb_NestedForwards_AreFollowedToTheLimit_AndTheDeepestIsQuarantinedWithWhy()
    {
        var message = Email("Innermost", "The innermost message.");
        for (var level = 8; level >= 1; level--)
        {
            message = Email($"Level {level}", $"Forwarded at level {level}.", ($"level {level + 1}.eml", Bytes(message)));
        }

        var api = _app.Factory.CreateApi();
        var accepted = await Upload(api, Bytes(message), "nested forwards.eml");

        // Each email's attachment is followed until the chain is five deep; the email there is refused, not read on.
        var current = await _app.WaitForStatusAsync(accepted.DocumentId, "indexed");
        for (var depth = 1; depth <= AttachmentIntake.MaxDepth; depth++)
        {
            var parent = current;
            var withChild = await Eventually.GetAsync(async () => (await api.GetDocumentAsync(parent.DocumentId)) is { Attachments.Count: 1 } d ? d : null, what: $"the attachment at depth {depth}");
            var status = depth < AttachmentIntake.MaxDepth ? "indexed" : "quarantined";
            current = await _app.WaitForStatusAsync(withChild.Attachments[0].DocumentId!, status);
        }

        Assert.Equal("zip_too_deep", current.QuarantineCode);
        Assert.Contains("past the limit of 5", current.QuarantineReason, StringComparison.Ordinal);
        Assert.Empty(current.Attachments);
    }

    private static MimeMessage Email(string subject, string body, params (string Name, byte[] Bytes)[] attachments)
    {
        var message = new MimeMessage { Subject = subject, Date = new DateTimeOffset(2022, 6, 1, 9, 0, 0, TimeSpan.Zero) };
        message.From.Add(new MailboxAddress("Committee Secretary", "secretary@example.nhs.uk"));
        message.To.Add(new MailboxAddress("Members", "members@example.nhs.uk"));
        var builder = new BodyBuilder { TextBody = body };
        foreach (var (name, bytes) in attachments)
        {
            builder.Attachments.Add(name, bytes);
        }

        message.Body = builder.ToMessageBody();
        return message;
    }

    private static byte[] Bytes(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return stream.ToArray();
    }

    private static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(bytes);
            }
        }

        return stream.ToArray();
    }

    private static async Task<UploadResultDto> Upload(IKnowledgeArchiveApi api, byte[] bytes, string fileName)
    {
        using var response = await api.UploadAsync(new StreamPart(new MemoryStream(bytes), fileName, "application/octet-stream"));
        Assert.True(response.IsSuccessStatusCode, $"upload failed: {response.StatusCode} {(response.Error as ApiException)?.Content}");
        return response.Content!;
    }
}
