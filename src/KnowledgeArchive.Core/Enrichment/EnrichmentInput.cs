using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;

namespace KnowledgeArchive.Core.Enrichment;

/// <summary>What enrichment reads: the extracted text, the file name, and defaults from the ingest source.</summary>
public sealed record EnrichmentInput(string DocumentId, string FileName, ExtractedDocument Document, DocumentMetadata Defaults);
