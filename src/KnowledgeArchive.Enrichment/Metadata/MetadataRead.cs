using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Enrichment.Organisations;

namespace KnowledgeArchive.Enrichment.Metadata;

/// <summary>What the metadata reader found: the metadata, the document's organisation, and every organisation the document names.</summary>
public sealed record MetadataRead(DocumentMetadata Metadata, Organisation? Organisation, IReadOnlyList<OrganisationMention> Mentions);
