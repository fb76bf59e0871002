using System.Globalization;
using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Web.Mapping;

/// <summary>Catalog records to the API's <c>Document</c> shape.</summary>
internal static class DocumentMapping
{
    public static DocumentDto ToDto(this DocumentRecord record, IReadOnlyList<Decision> decisions, PolicyInfo? policy) =>
        record.ToDto() with
        {
            Decisions = [.. decisions.Select(d => d.ToDto())],
            Policy = policy is null ? null : new PolicyDto(policy.Reference, policy.Version, policy.ApprovedOn, policy.ReviewDate)
            {
                ApprovedBy = policy.ApprovedBy,
                History = [.. policy.History.Select(h => new PolicyVersionDto(h.Version, h.Date, h.ApprovedBy, h.DecisionReference, h.Summary))],
            },
        };

    public static DecisionDto ToDto(this Decision decision) => new()
    {
        DecisionId = decision.DecisionId,
        Reference = decision.Reference,
        CanonicalReference = decision.CanonicalReference,
        DocumentId = decision.DocumentId,
        PageNumber = decision.PageNumber,
        Date = decision.Date,
        DatePrecision = decision.MonthOnly ? DecisionDates.Month : DecisionDates.Day,
        Body = decision.Body,
        Ccg = decision.Ccg,
        Outcome = decision.Outcome,
        Subject = decision.Subject,
        Text = decision.Text,
        InArchive = decision.InArchive,
        Icb = decision.Icb,
        ItemLabel = decision.ItemLabel,
        Confidence = decision.Confidence,
        Reason = decision.Reason,
        NeedsReview = decision.NeedsReview,
        Qualifier = decision.Qualifier,
        Sensitivity = decision.Sensitivity,
    };

    public static DocumentDto ToDto(this DocumentRecord record) => new()
    {
        DocumentId = record.DocumentId,
        Title = record.Title.Length > 0 ? record.Title : record.FileName,
        Description = record.Description,
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
        SensitivityBasis = record.Metadata.SensitivityBasis,
        Source = record.Provenance.Source,
        OriginalPath = record.Provenance.OriginalPath,
        EntryPath = record.Provenance.EntryPath,
        ArchiveSha256 = record.Provenance.ArchiveSha256,
        BatchId = record.Provenance.BatchId,
        ExtractorVersion = record.ExtractorVersion,
    };

    /// <summary>The document with the review of it, when it is quarantined and has one.</summary>
    public static DocumentDto WithReview(this DocumentDto document, QuarantineReview? review) =>
        review is null || document.Status != "quarantined"
            ? document
            : document with { Review = new QuarantineReviewDto(review.ReviewedBy, review.ReviewedAt, review.Note) };

    public static string ToApiWord(this DocumentStatus status) => status.ToString().ToLower(CultureInfo.InvariantCulture);
}
