using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using MimeKit;
using MimeKit.Cryptography;

namespace KnowledgeArchive.Extraction.Mail;

/// <summary>
/// Reads an internet message (.eml) with MimeKit: its header fields, its body (the plain text part, else the HTML
/// part as text) and its attachments (files, and forwarded messages as .eml files of their own), which are written
/// out to be ingested as documents linked to it. An encrypted (S/MIME or PGP) message is quarantined as encrypted;
/// one with more than <see cref="AttachmentWriter.MaxAttachments"/> attachments as a mail bomb.
/// </summary>
public sealed class EmlExtractor : IDocumentExtractor
{
    public FileFormat Format => FileFormat.Eml;

    public string Version { get; } = $"eml/1 mimekit/{ExtractorVersions.LibraryVersion(typeof(MimeMessage))}";

    public ExtractionResult Extract(string path, CancellationToken cancellationToken)
    {
        MimeMessage message;
        try
        {
            message = MimeMessage.Load(new ParserOptions { MaxMimeDepth = 32 }, path, cancellationToken);
        }
        catch (FormatException ex)
        {
            return ExtractionResult.Fail(QuarantineReason.Corrupt($"the email cannot be parsed: {ex.Message}"));
        }

        if (message.Body is MultipartEncrypted or ApplicationPkcs7Mime { SecureMimeType: SecureMimeType.EnvelopedData })
        {
            return ExtractionResult.Fail(QuarantineReason.Encrypted("the email is encrypted (S/MIME or PGP) and cannot be read without its recipient's key"));
        }

        var attachments = Attachments(message).ToList();
        if (attachments.Count > AttachmentWriter.MaxAttachments)
        {
            return ExtractionResult.Fail(new QuarantineReason(QuarantineCodes.ZipBomb, $"the email has {attachments.Count:N0} attachments, over the limit of {AttachmentWriter.MaxAttachments}"));
        }

        var mail = new MailContent
        {
            Subject = message.Subject,
            From = Addresses(message.From),
            To = Addresses(message.To),
            Cc = Addresses(message.Cc),
            Date = message.Headers.Contains(HeaderId.Date) ? message.Date : null,
            Body = message.TextBody ?? MailBodies.HtmlAsText(message.HtmlBody),
            Attachments = attachments,
        };
        if (string.IsNullOrWhiteSpace(mail.Body) && string.IsNullOrWhiteSpace(mail.Subject) && attachments.Count == 0)
        {
            return ExtractionResult.Fail(QuarantineReason.Empty("the email has no subject, body or attachments"));
        }

        var written = AttachmentWriter.Write(attachments, ExtractionContext.Current?.AttachmentsDirectory, cancellationToken);
        return ExtractionResult.Success(MailDocumentWriter.Write(mail, written));
    }

    private static IEnumerable<MailAttachment> Attachments(MimeMessage message)
    {
        foreach (var entity in message.Attachments)
        {
            switch (entity)
            {
                case MessagePart forwarded when forwarded.Message is { } inner:
                    yield return new MailAttachment(
                        entity.ContentDisposition?.FileName ?? (TitleOf(inner) + ".eml"),
                        stream => inner.WriteTo(stream));
                    break;
                case MimePart part when part.Content is not null:
                    yield return new MailAttachment(part.FileName ?? part.ContentType.Name ?? string.Empty, stream => part.Content.DecodeTo(stream));
                    break;
            }
        }
    }

    private static string TitleOf(MimeMessage message) =>
        string.IsNullOrWhiteSpace(message.Subject) ? "forwarded message" : message.Subject;

    private static string? Addresses(InternetAddressList list) =>
        list.Count == 0 ? null : string.Join("; ", list.Select(a => a.ToString()));
}
