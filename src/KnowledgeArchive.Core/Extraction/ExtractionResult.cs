using System.Diagnostics.CodeAnalysis;
using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Core.Extraction;

/// <summary>
/// The outcome of extracting one file: its text, or the specific reason it cannot be read; or, from a first pass that
/// reads nothing by OCR (<see cref="ExtractionRequest.SkipOcr"/>), that the file is still to be read by OCR.
/// </summary>
public sealed record ExtractionResult
{
    /// <summary>The reason code a <see cref="NeedsOcr"/> answer carries: never a quarantine, only a first pass's answer.</summary>
    public const string NeedsOcrCode = "needs_ocr";

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

    /// <summary>
    /// Pages a first pass (<see cref="ExtractionRequest.SkipOcr"/>) left for OCR to read; 0 for a finished answer.
    /// Such an answer is neither a document nor a quarantine: the file is to be extracted again with OCR.
    /// </summary>
    public int PagesForOcr { get; private init; }

    public static ExtractionResult Success(ExtractedDocument document) => new(document, null);

    public static ExtractionResult Fail(QuarantineReason reason) => new(null, reason);

    /// <summary>
    /// A first pass's answer: the file has <paramref name="pages"/> pages only OCR reads. It is shaped as a failure
    /// (<see cref="NeedsOcrCode"/>), so a caller that did not ask for a first pass never takes it for a document.
    /// </summary>
    public static ExtractionResult NeedsOcr(int pages)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pages);
        return new(null, new QuarantineReason(NeedsOcrCode, $"needs OCR: {pages} page(s)")) { PagesForOcr = pages };
    }
}
