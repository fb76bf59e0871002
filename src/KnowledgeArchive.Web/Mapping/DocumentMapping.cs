using System.Globalization;
using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Web.Mapping;

/// <summary>Catalog records to the API's <c>Document</c> shape.</summary>
internal static class DocumentMapping
{
    public static DocumentDto ToDto(this DocumentRecord record) => new()
    {
        DocumentId = record.DocumentId,
        Title = record.Title.Length > 0 ? record.Title : record.FileName,
        FileName = record.FileName,
        Format = record.Format.Name,
        Sha256 = record.Sha256,
        SizeBytes = record.SizeBytes,
        PageCount = record.PageCount,
        IngestedAt = record.IngestedAt,
        Status = record.Status.ToApiWord(),
        QuarantineReason = record.QuarantineReason?.Message,
        QuarantineCode = record.QuarantineReason?.Code,
        DocumentType = record.Metadata.DocumentType,
        Ccg = record.Metadata.Ccg,
        Icb = record.Metadata.Icb,
        Body = record.Metadata.Body,
        Date = record.Metadata.Date,
        Session = record.Metadata.Session,
        Sensitivity = record.Metadata.Sensitivity,
        Source = record.Provenance.Source,
        OriginalPath = record.Provenance.OriginalPath,
        ExtractorVersion = record.ExtractorVersion,
    };

    public static string ToApiWord(this DocumentStatus status) => status.ToString().ToLower(CultureInfo.InvariantCulture);
}
