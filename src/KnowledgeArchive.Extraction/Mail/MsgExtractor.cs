using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Detection;

namespace KnowledgeArchive.Extraction.Mail;

/// <summary>
/// Reads an Outlook message (.msg) natively (<see cref="MsgReader"/>) and lays it out as an email document; its
/// attachments are written out to be ingested as documents linked to it.
/// </summary>
public sealed class MsgExtractor : IDocumentExtractor
{
    public FileFormat Format => FileFormat.Msg;

    public string Version => "msg/1";

    public ExtractionResult Extract(string path, CancellationToken cancellationToken)
    {
        MailContent mail;
        try
        {
            mail = MsgReader.Read(CompoundFileReader.Open(File.ReadAllBytes(path)));
        }
        catch (InvalidDataException ex)
        {
            return ExtractionResult.Fail(QuarantineReason.Corrupt($"the Outlook message cannot be read: {ex.Message}"));
        }

        if (mail.Attachments.Count > AttachmentWriter.MaxAttachments)
        {
            return ExtractionResult.Fail(new QuarantineReason(QuarantineCodes.ZipBomb, $"the message has {mail.Attachments.Count:N0} attachments, over the limit of {AttachmentWriter.MaxAttachments}"));
        }

        if (string.IsNullOrWhiteSpace(mail.Body) && string.IsNullOrWhiteSpace(mail.Subject) && mail.Attachments.Count == 0)
        {
            return ExtractionResult.Fail(QuarantineReason.Empty("the Outlook message has no subject, body or attachments"));
        }

        var written = AttachmentWriter.Write(mail.Attachments, ExtractionContext.Current?.AttachmentsDirectory, cancellationToken);
        return ExtractionResult.Success(MailDocumentWriter.Write(mail, written));
    }
}
