using System.Security.Cryptography;
using System.Text;
using KnowledgeArchive.Core.Enrichment;

namespace KnowledgeArchive.Catalog.Tests.Contract;

/// <summary>Small records of the archive's kinds for the contract tests: minutes of a governing body with a decision and a citation.</summary>
internal static class CatalogSamples
{
    public const string Ccg = "NHS Hartwell CCG";

    public static string Sha(string seed) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed)));

    public static DocumentRecord Record(string seed, DocumentStatus status = DocumentStatus.Indexed, string sensitivity = Sensitivities.Public, DateOnly? date = null)
    {
        var sha = Sha(seed);
        return new DocumentRecord
        {
            DocumentId = DocumentIds.FromSha256(sha),
            Sha256 = sha,
            FileName = seed + ".pdf",
            Format = FileFormat.Pdf,
            SizeBytes = 1234,
            IngestedAt = new DateTimeOffset(2024, 3, 1, 9, 30, 0, TimeSpan.Zero).AddMinutes(seed.Length),
            Status = status,
            QuarantineReason = status == DocumentStatus.Quarantined ? new QuarantineReason(QuarantineCodes.Encrypted, "encrypted PDF: supply its password") : null,
            Title = "Governing Body minutes " + seed,
            PageCount = 2,
            Metadata = new DocumentMetadata
            {
                DocumentType = DocumentTypes.Minutes,
                Ccg = Ccg,
                Body = "Governing Body",
                Date = date ?? new DateOnly(2019, 5, 14),
                Sensitivity = sensitivity,
                Organisation = Ccg,
            },
            Provenance = new Provenance("upload", "/inbox/" + seed + ".pdf") { BatchId = "batch-1" },
            ExtractorVersion = "pdf/1",
        };
    }

    public static Decision Decision(DocumentRecord record, string id, string subject, string outcome = DecisionOutcomes.Approved) => new()
    {
        DecisionId = id,
        DocumentId = record.DocumentId,
        Reference = "GB19/023",
        CanonicalReference = DecisionReferences.Canonical("GB19/023"),
        PageNumber = 2,
        Date = record.Metadata.Date,
        Body = "Governing Body",
        Ccg = Ccg,
        Outcome = outcome,
        Subject = subject,
        Text = $"RESOLVED: The Governing Body APPROVED the {subject}.",
        ItemLabel = "7.2",
        TextOffset = 40,
        Confidence = 0.9,
        NeedsReview = true,
    };

    public static EnrichmentResult Enrichment(DocumentRecord record, params Decision[] decisions) => new(
        record.Metadata,
        new PolicyInfo("POL-017", "2.0", new DateOnly(2019, 5, 14), new DateOnly(2022, 5, 14), [new PolicyVersionEntry("1.0", new DateOnly(2016, 3, 1), "Governing Body", "GB16/045", null, "first")])
        {
            ApprovedBy = "Governing Body",
            Title = "Assisted conception policy",
        },
        decisions,
        [new Citation { DocumentId = record.DocumentId, PageNumber = 2, Text = "as approved in GB16/045", Relation = LineageEdgeTypes.Supersedes, Method = "reference", CitedReference = "GB16/045", CitedDateFrom = new DateOnly(2016, 3, 1) }],
        ["NHS Nowhere CCG"]);

    public static PageText[] Pages() =>
        [new PageText(1, "Minutes of the Governing Body"), new PageText(2, "RESOLVED: approved") { Ocr = new PageOcr(91.5, 120, 300) }];
}
