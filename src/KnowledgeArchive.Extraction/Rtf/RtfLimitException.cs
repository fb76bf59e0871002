using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Extraction.Rtf;

/// <summary>Stops reading an RTF file that breaks a limit or is not RTF; the extractor reports its reason.</summary>
internal sealed class RtfLimitException(QuarantineReason reason) : Exception(reason.Message)
{
    public QuarantineReason Reason { get; } = reason;
}
