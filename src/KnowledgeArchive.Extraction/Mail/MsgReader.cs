using KnowledgeArchive.Extraction.Detection;
using MimeKit;

namespace KnowledgeArchive.Extraction.Mail;

/// <summary>
/// Reads an Outlook message (.msg, [MS-OXMSG]) from its compound file: subject, sender, recipients, sent time, body
/// (plain text, else the HTML body as text) and attachments. An attached Outlook message is turned into an .eml
/// file (its fields, body and own attachments), so it is read like any forwarded email.
/// </summary>
public static class MsgReader
{
    private const int TopLevelHeader = 32;
    private const int EmbeddedHeader = 24;
    private const int AttachmentHeader = 8;

    // An attachment whose data is an embedded message (attach method 5, ATTACH_EMBEDDED_MSG).
    private const int EmbeddedMessage = 5;

    /// <summary>How deep attached messages are followed inside one .msg file.</summary>
    public const int MaxEmbeddedDepth = 5;

    public static MailContent Read(CompoundFileReader file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Read(new MsgProperties(file.Root, TopLevelHeader), 0);
    }

    private static MailContent Read(MsgProperties message, int depth)
    {
        var body = message.Text(0x1000);
        if (string.IsNullOrWhiteSpace(body))
        {
            var html = message.Text(0x1013) ?? (message.Bytes(0x1013) is { } bytes ? CodePages.Windows1252.GetString(bytes) : null);
            body = MailBodies.HtmlAsText(html);
        }

        return new MailContent
        {
            Subject = message.Text(0x0037),
            From = Sender(message),
            To = message.Text(0x0E04),
            Cc = message.Text(0x0E03),
            Date = message.TimeValue(0x0039) ?? message.TimeValue(0x0E06),
            Body = body ?? string.Empty,
            Attachments = Attachments(message.Storage, depth).ToList(),
        };
    }

    private static string? Sender(MsgProperties message)
    {
        var name = message.Text(0x0C1A) ?? message.Text(0x0042);
        var address = message.Text(0x5D01) ?? message.Text(0x0C1F);
        return name is null ? address
            : address is null || !address.Contains('@', StringComparison.Ordinal) || name.Contains(address, StringComparison.OrdinalIgnoreCase) ? name
            : $"{name} <{address}>";
    }

    private static IEnumerable<MailAttachment> Attachments(CompoundStorage message, int depth)
    {
        var names = message.Names.Where(n => n.StartsWith("__attach_version1.0_#", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (message.Storage(name) is not { } storage)
            {
                continue;
            }

            var attachment = new MsgProperties(storage, AttachmentHeader);
            var fileName = attachment.Text(0x3707) ?? attachment.Text(0x3704) ?? attachment.Text(0x3001);
            if (attachment.IntegerValue(0x3705) == EmbeddedMessage && storage.Storage("__substg1.0_3701000D") is { } embedded)
            {
                if (depth + 1 > MaxEmbeddedDepth)
                {
                    throw new InvalidDataException($"attached messages are nested more than {MaxEmbeddedDepth} deep");
                }

                var inner = Read(new MsgProperties(embedded, EmbeddedHeader), depth + 1);
                yield return new MailAttachment((fileName ?? inner.Subject ?? "attached message") + ".eml", stream => AsMime(inner).WriteTo(stream));
            }
            else if (attachment.Bytes(0x3701) is { } data)
            {
                yield return new MailAttachment(fileName ?? string.Empty, stream => stream.Write(data));
            }
        }
    }

    /// <summary>An attached Outlook message as an internet message, with its own attachments.</summary>
    private static MimeMessage AsMime(MailContent mail)
    {
        var builder = new BodyBuilder { TextBody = mail.Body };
        foreach (var attachment in mail.Attachments)
        {
            using var bytes = new MemoryStream();
            attachment.WriteTo(bytes);
            builder.Attachments.Add(AttachmentWriter.SafeName(attachment.FileName, builder.Attachments.Count + 1), bytes.ToArray());
        }

        var message = new MimeMessage { Subject = mail.Subject ?? string.Empty, Body = builder.ToMessageBody() };
        message.Headers.Add(HeaderId.From, mail.From ?? string.Empty);
        if (mail.To is { Length: > 0 } to)
        {
            message.Headers.Add(HeaderId.To, to);
        }

        if (mail.Date is { } date)
        {
            message.Date = date;
        }

        return message;
    }
}
