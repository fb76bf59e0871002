using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Core.Extraction;

/// <summary>The detected format together with the extraction result.</summary>
public sealed record ExtractionOutcome(FileFormat Format, ExtractionResult Result, string ExtractorVersion);
