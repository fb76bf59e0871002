using KnowledgeArchive.Core.Extraction;

namespace KnowledgeArchive.Extraction.Mail;

/// <summary>
/// Writes an email's attachments into the folder the extraction request names, each in a numbered subfolder under
/// the name it was sent with (made safe), so it can be ingested as a document of its own. With no folder named,
/// nothing is written and the email is still read.
/// </summary>
public static class AttachmentWriter
{
    /// <summary>The most attachments one email may bring; more is a mail bomb, and the email is refused.</summary>
    public const int MaxAttachments = 500;

    private const int MaxNameLength = 150;

    public static IReadOnlyList<ExtractedAttachment> Write(IReadOnlyList<MailAttachment> attachments, string? directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attachments);
        if (directory is null)
        {
            return [];
        }

        var written = new List<ExtractedAttachment>(attachments.Count);
        for (var i = 0; i < attachments.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var attachment = attachments[i];
            var name = SafeName(attachment.FileName, i + 1);
            var folder = Path.Combine(directory, (i + 1).ToString("D3", System.Globalization.CultureInfo.InvariantCulture));
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, name);
            using (var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                attachment.WriteTo(output);
            }

            written.Add(new ExtractedAttachment(name, path, new FileInfo(path).Length));
        }

        return written;
    }

    /// <summary>The sent name without folders, control characters or characters file systems refuse; "attachment N" when nothing is left.</summary>
    public static string SafeName(string? sent, int ordinal)
    {
        var name = (sent ?? string.Empty).Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var chars = name.Where(c => !char.IsControl(c) && c is not (':' or '*' or '?' or '"' or '<' or '>' or '|')).ToArray();
        name = new string(chars).Trim().Trim('.');
        if (name.Length > MaxNameLength)
        {
            var extension = Path.GetExtension(name);
            name = name[..(MaxNameLength - Math.Min(extension.Length, 20))] + (extension.Length <= 20 ? extension : string.Empty);
        }

        return name.Length > 0 ? name : $"attachment {ordinal}";
    }
}
