using System.Globalization;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Blocks;

namespace KnowledgeArchive.Extraction.Mail;

/// <summary>
/// Lays an email out as a document: its subject as the heading, the header fields a reader needs (from, to, cc,
/// date, the names of its attachments) as lines of their own, then its body paragraph by paragraph. The subject,
/// sender and date are also its properties.
/// </summary>
public static class MailDocumentWriter
{
    public static ExtractedDocument Write(MailContent mail, IReadOnlyList<ExtractedAttachment> written)
    {
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentNullException.ThrowIfNull(written);
        var output = new DocumentAssembler();
        if (TextCleaner.NullIfBlank(mail.Subject) is { } subject)
        {
            output.BeginBlock(BlockKind.Heading, 1);
            output.Append(subject);
        }

        Field(output, "From", mail.From);
        Field(output, "To", mail.To);
        Field(output, "Cc", mail.Cc);
        Field(output, "Date", mail.Date?.ToString("d MMMM yyyy HH:mm", CultureInfo.GetCultureInfo("en-GB")));
        Field(output, "Attachments", mail.Attachments.Count == 0 ? null : string.Join("; ", mail.Attachments.Select((a, i) => AttachmentWriter.SafeName(a.FileName, i + 1))));
        foreach (var paragraph in Paragraphs(mail.Body))
        {
            output.BeginBlock(BlockKind.Paragraph);
            output.Append(paragraph);
        }

        output.EndBlock();
        var (pages, blocks) = output.Finish();
        var properties = new FileProperties(
            Title: TextCleaner.NullIfBlank(mail.Subject),
            Author: TextCleaner.NullIfBlank(mail.From),
            Subject: null,
            Created: mail.Date,
            Modified: null);
        return new ExtractedDocument(pages, blocks, properties, []) { Attachments = written };
    }

    private static void Field(DocumentAssembler output, string name, string? value)
    {
        if (TextCleaner.NullIfBlank(value) is not { } text)
        {
            return;
        }

        output.BeginBlock(BlockKind.Paragraph, label: name + ":");
        output.Append(text);
    }

    /// <summary>Runs of non-blank lines; a line that starts a list item starts a paragraph of its own.</summary>
    private static IEnumerable<string> Paragraphs(string body)
    {
        var current = new List<string>();
        foreach (var raw in body.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || StartsItem(line))
            {
                if (current.Count > 0)
                {
                    yield return string.Join(' ', current);
                    current.Clear();
                }
            }

            if (line.Length > 0)
            {
                current.Add(line);
            }
        }

        if (current.Count > 0)
        {
            yield return string.Join(' ', current);
        }
    }

    private static bool StartsItem(string line) =>
        line[0] is '-' or '*' or '•'
        || (line.Length > 2 && char.IsAsciiDigit(line[0]) && line.IndexOfAny(['.', ')']) is > 0 and < 5);
}
