using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Enrichment;
using KnowledgeArchive.Extraction;

namespace KnowledgeArchive.Ingestion.Pipeline;

/// <summary>
/// The rules a document of a format is read by in this build: its extractor's version and the enrichment's. Recorded
/// with every document, so one read by other rules (an older build, another worker) is read again.
/// </summary>
public sealed class ProcessingVersion(ExtractorVersions versions, IDocumentEnricher enricher)
{
    public string For(FileFormat format) => $"{versions.For(format)} {enricher.Version}";
}
