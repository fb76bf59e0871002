namespace KnowledgeArchive.Extraction.Mail;

/// <summary>What an email says, whatever it was saved as (.eml or Outlook .msg): its header fields, its body as text and its attachments.</summary>
public sealed record MailContent
{
    public string? Subject { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }

    public string? Cc { get; init; }

    /// <summary>When it was sent, as its header says.</summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary>The body as plain text (an HTML-only body converted), lines as written.</summary>
    public string Body { get; init; } = string.Empty;

    public IReadOnlyList<MailAttachment> Attachments { get; init; } = [];
}

/// <summary>A file attached to an email: the name the sender gave it and a way to write its bytes.</summary>
/// <param name="FileName">The attachment's name as sent (may be unsafe as a file name; <see cref="AttachmentWriter"/> makes it safe).</param>
/// <param name="WriteTo">Writes the attachment's decoded bytes.</param>
public sealed record MailAttachment(string FileName, Action<Stream> WriteTo);
