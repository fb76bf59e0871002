using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Extraction.Slides;

/// <summary>
/// A presentation passed one of its <see cref="PresentationLimits"/> while being read; it carries the reason to
/// quarantine it with.
/// </summary>
internal sealed class PresentationLimitException(QuarantineReason reason) : Exception(reason.Message)
{
    public QuarantineReason Reason { get; } = reason;
}
