using System.Diagnostics.CodeAnalysis;
using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Core.Extraction;

/// <summary>The outcome of extracting one file: its text, or the specific reason it cannot be read.</summary>
public sealed record ExtractionResult
{
    private ExtractionResult(ExtractedDocument? document, QuarantineReason? failure)
    {
        Document = document;
        Failure = failure;
    }

    public ExtractedDocument? Document { get; }

    public QuarantineReason? Failure { get; }

    [MemberNotNullWhen(true, nameof(Document))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Succeeded => Document is not null;

    public static ExtractionResult Success(ExtractedDocument document) => new(document, null);

    public static ExtractionResult Fail(QuarantineReason reason) => new(null, reason);
}
