using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Extraction.Sheets;

/// <summary>Stops reading a workbook that passed one of the <see cref="SheetLimits"/>; the extractor reports <see cref="Reason"/>.</summary>
internal sealed class SheetTooLargeException(QuarantineReason reason) : Exception(reason.Message)
{
    public QuarantineReason Reason { get; } = reason;
}
