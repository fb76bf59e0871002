using System.IO.Compression;
using System.Text;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Detection;
using KnowledgeArchive.Extraction.Tests.Support;
using MimeKit;

namespace KnowledgeArchive.Extraction.Tests;

/// <summary>Emails (.eml and Outlook .msg): their header fields and body as a document, their attachments written out to be taken in.</summary>
public sealed class MailExtractionTests : IDisposable
{
    private static readonly DateTimeOffset Sent = new(2022, 6, 14, 9, 30, 0, TimeSpan.FromHours(1));

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Eml_HeadersBodyAndAttachments_AreRead()
    {
        var forwarded = Message("Draft handover register", "The register of policies moving across is attached for comment.", []);
        var path = _folder.Write("handover.eml", Bytes(Message(
            "Governing Body papers for 28 June",
            "Dear colleagues,\n\nPlease find the papers for the meeting attached.\nThe committee approved the\nrevised terms of reference on 7 June.\n\n- item one\n- item two\n",
            ("Minutes June 2022.docx", Encoding.UTF8.GetBytes("not really a word file"), null),
            ("../../etc/board pack.zip", ZipOf("inner.txt", "in the zip"), null),
            (null, null, forwarded))));
        var attachments = Path.Combine(_folder.Path, "attached");

        var outcome = await Extract.Service().ExtractAsync(new ExtractionRequest(path) { AttachmentsDirectory = attachments }, CancellationToken.None);

        Assert.Equal(FileFormat.Eml, outcome.Format);
        var document = Assert.IsType<ExtractedDocument>(outcome.Result.Document);
        Assert.Equal("Governing Body papers for 28 June", document.Headings.Single());
        Assert.Equal("Governing Body papers for 28 June", document.Properties.Title);
        Assert.Contains("Clerk", document.Properties.Author, StringComparison.Ordinal);
        Assert.Equal(Sent, document.Properties.Created);
        var text = document.FullText;
        Assert.Contains("From: \"Clerk to the Board\" <clerk@example.nhs.uk>", text, StringComparison.Ordinal);
        Assert.Contains("Date: 14 June 2022 09:30", text, StringComparison.Ordinal);
        Assert.Contains("The committee approved the revised terms of reference on 7 June.", text, StringComparison.Ordinal);
        Assert.Contains(document.Blocks, b => b.Text == "- item two");
        Assert.Equal(["Minutes June 2022.docx", "board pack.zip", "Draft handover register.eml"], document.Attachments.Select(a => a.FileName));
        Assert.All(document.Attachments, a => Assert.StartsWith(attachments, a.Path, StringComparison.Ordinal));
        Assert.Equal("not really a word file", File.ReadAllText(document.Attachments[0].Path));
        Assert.Equal(FileFormat.Zip, new MagicBytesFormatDetector().Detect(document.Attachments[1].Path));
        Assert.Equal(FileFormat.Eml, new MagicBytesFormatDetector().Detect(document.Attachments[2].Path));
    }

    [Fact]
    public async Task Eml_WithoutAnAttachmentsFolder_IsStillRead_AndWritesNothing()
    {
        var path = _folder.Write("note.eml", Bytes(Message("Note", "Body text.", ("a.txt", Encoding.UTF8.GetBytes("attached"), null))));

        var document = await Extract.SucceedingAsync(path);

        Assert.Empty(document.Attachments);
        Assert.Contains("Attachments: a.txt", document.FullText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eml_HtmlOnlyBody_IsReadAsText()
    {
        var message = new MimeMessage { Subject = "Decision notice" };
        message.From.Add(new MailboxAddress("Clerk", "clerk@example.nhs.uk"));
        message.Body = new TextPart("html") { Text = "<html><head><style>p{color:red}</style><script>var x = 1;</script></head><body><p>The board <b>ratified</b> decision GB22/041.</p><table><tr><td>Ref</td><td>GB22/041</td></tr></table></body></html>" };

        var document = await Extract.SucceedingAsync(_folder.Write("notice.eml", Bytes(message)));

        Assert.Contains("The board ratified decision GB22/041.", document.FullText, StringComparison.Ordinal);
        Assert.DoesNotContain("color", document.FullText, StringComparison.Ordinal);
        Assert.DoesNotContain("var x", document.FullText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eml_EncryptedWithSmime_IsQuarantinedAsEncrypted()
    {
        const string raw = "From: clerk@example.nhs.uk\r\nTo: board@example.nhs.uk\r\nSubject: Part 2 papers\r\nMIME-Version: 1.0\r\n" +
            "Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name=smime.p7m\r\nContent-Transfer-Encoding: base64\r\n\r\nMIAGCSqGSIb3DQEHA6CAMIACAQAxggFAMIIBPAIBADAkMBYxFDASBgNVBAMTC2V4YW1wbGUubmhz\r\n";

        var outcome = await Extract.FileAsync(_folder.Write("private.eml", Encoding.ASCII.GetBytes(raw)));

        Assert.Equal(QuarantineCodes.Encrypted, outcome.Result.Failure?.Code);
    }

    [Fact]
    public async Task Eml_WithTooManyAttachments_IsRefusedAsAMailBomb()
    {
        var builder = new BodyBuilder { TextBody = "see attached" };
        for (var i = 0; i < 501; i++)
        {
            builder.Attachments.Add($"part{i}.txt", [(byte)'x']);
        }

        var message = Message("Bomb", "x", []);
        message.Body = builder.ToMessageBody();

        var outcome = await Extract.FileAsync(_folder.Write("bomb.eml", Bytes(message)));

        Assert.Equal(QuarantineCodes.ZipBomb, outcome.Result.Failure?.Code);
        Assert.Contains("501", outcome.Result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eml_DeeplyNestedMultiparts_AreReadWithinTheirLimit()
    {
        var body = new StringBuilder("From: a@example.nhs.uk\r\nTo: b@example.nhs.uk\r\nSubject: nested\r\nMIME-Version: 1.0\r\n");
        for (var i = 0; i < 2000; i++)
        {
            body.Append(CultureText($"Content-Type: multipart/mixed; boundary=\"b{i}\"\r\n\r\n--b{i}\r\n"));
        }

        body.Append("Content-Type: text/plain\r\n\r\nInnermost words.\r\n");

        var outcome = await Extract.FileAsync(_folder.Write("nested.eml", Encoding.ASCII.GetBytes(body.ToString())));

        Assert.True(outcome.Result.Succeeded || outcome.Result.Failure!.Code is QuarantineCodes.Corrupt or QuarantineCodes.Empty, outcome.Result.Failure?.ToString());
        Assert.Equal(FileFormat.Eml, outcome.Format);
    }

    [Theory]
    [InlineData("Subject: minutes of the finance committee\nThe committee met on 3 May.\n")]
    [InlineData("To: all staff\nPlease note the new policy.\n")]
    public void Text_StartingWithOneHeaderLikeLine_IsNotAnEmail(string text)
    {
        Assert.Equal(FileFormat.Text, new MagicBytesFormatDetector().Detect(_folder.Write("note.txt", Encoding.UTF8.GetBytes(text))));
    }

    [Fact]
    public void Eml_WithALongReceivedChain_IsDetectedByContent()
    {
        var head = new StringBuilder();
        for (var i = 0; i < 40; i++)
        {
            head.Append(CultureText($"Received: from relay{i}.example.nhs.uk (relay{i}.example.nhs.uk [10.0.0.{i}])\r\n\tby mx.example.nhs.uk with ESMTPS id {i:X8}; Tue, 14 Jun 2022 09:30:00 +0100\r\n"));
        }

        head.Append("From: clerk@example.nhs.uk\r\nSubject: papers\r\n\r\nBody.\r\n");

        Assert.Equal(FileFormat.Eml, new MagicBytesFormatDetector().Detect(_folder.Write("saved", Encoding.ASCII.GetBytes(head.ToString()))));
    }

    [Fact]
    public async Task Msg_FieldsBodyAttachmentsAndAttachedMessage_AreRead()
    {
        var inner = new OutlookMessage.Message("Signed minutes", "The signed minutes of 12 May are attached.", "Board Secretary", "secretary@example.nhs.uk", "Clerk", new DateTime(2022, 5, 20, 10, 0, 0, DateTimeKind.Utc), [new("signed.txt", Encoding.UTF8.GetBytes("signed copy"))]);
        var message = new OutlookMessage.Message(
            "Handover of the Hartwell policies",
            "Colleagues,\r\n\r\nThe ICB adopted both policies on 1 July 2022.\r\n",
            "Transition Team",
            "transition@example.nhs.uk",
            "Governance Lead; Board Secretary",
            new DateTime(2022, 7, 4, 8, 15, 0, DateTimeKind.Utc),
            [new("register.csv", Encoding.UTF8.GetBytes("ref,title\nP1,Prescribing\n")), new("Signed minutes", Embedded: inner)]);
        var path = _folder.Write("handover.msg", OutlookMessage.Build(message));
        var attachments = Path.Combine(_folder.Path, "attached");

        var outcome = await Extract.Service().ExtractAsync(new ExtractionRequest(path) { AttachmentsDirectory = attachments }, CancellationToken.None);

        Assert.Equal(FileFormat.Msg, outcome.Format);
        var document = Assert.IsType<ExtractedDocument>(outcome.Result.Document);
        Assert.Equal("Handover of the Hartwell policies", document.Properties.Title);
        Assert.Equal("Transition Team <transition@example.nhs.uk>", document.Properties.Author);
        Assert.Equal(new DateTimeOffset(2022, 7, 4, 8, 15, 0, TimeSpan.Zero), document.Properties.Created);
        Assert.Contains("To: Governance Lead; Board Secretary", document.FullText, StringComparison.Ordinal);
        Assert.Contains("The ICB adopted both policies on 1 July 2022.", document.FullText, StringComparison.Ordinal);
        Assert.Equal(["register.csv", "Signed minutes.eml"], document.Attachments.Select(a => a.FileName));
        Assert.Equal("ref,title\nP1,Prescribing\n", File.ReadAllText(document.Attachments[0].Path));

        var forwarded = MimeMessage.Load(document.Attachments[1].Path);
        Assert.Equal("Signed minutes", forwarded.Subject);
        Assert.Contains("signed minutes of 12 May", forwarded.TextBody, StringComparison.Ordinal);
        Assert.Equal("signed.txt", forwarded.Attachments.OfType<MimePart>().Single().FileName);
    }

    [Fact]
    public async Task Msg_Damaged_IsQuarantinedAsCorrupt()
    {
        var bytes = OutlookMessage.Build(new OutlookMessage.Message("s", "b", "n", "a@example.nhs.uk", "t", DateTime.UtcNow, []));
        Array.Fill(bytes, (byte)0xFF, 1024, bytes.Length - 1024);

        var outcome = await Extract.FileAsync(_folder.Write("broken.msg", bytes));

        Assert.False(outcome.Result.Succeeded);
    }

    private static MimeMessage Message(string subject, string body, params (string? Name, byte[]? Bytes, MimeMessage? Forwarded)[] attachments)
    {
        var message = new MimeMessage { Subject = subject, Date = Sent };
        message.From.Add(new MailboxAddress("Clerk to the Board", "clerk@example.nhs.uk"));
        message.To.Add(new MailboxAddress("Governing Body", "board@example.nhs.uk"));
        var builder = new BodyBuilder { TextBody = body };
        foreach (var (name, bytes, forwarded) in attachments)
        {
            if (forwarded is not null)
            {
                builder.Attachments.Add(new MessagePart { Message = forwarded, ContentDisposition = new ContentDisposition(ContentDisposition.Attachment) });
            }
            else
            {
                builder.Attachments.Add(name!, bytes!);
            }
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

    private static byte[] ZipOf(string name, string text)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(text);
        }

        return stream.ToArray();
    }

    private static string CultureText(FormattableString text) => text.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
