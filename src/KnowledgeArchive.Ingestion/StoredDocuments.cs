using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Core.Storage;

namespace KnowledgeArchive.Ingestion;

/// <summary>Builds what the index needs of a document from what the catalog holds, to index it again without extracting it.</summary>
public sealed class StoredDocuments(IDocumentCatalog catalog, IDecisionStore decisions)
{
    public async Task<IndexedDocument> LoadAsync(DocumentRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var pages = await catalog.GetPagesAsync(record.DocumentId, cancellationToken);
        var decisionsInIt = await decisions.ForDocumentAsync(record.DocumentId, cancellationToken);
        var policy = await decisions.PolicyAsync(record.DocumentId, cancellationToken);
        return new IndexedDocument(record, pages) { Decisions = decisionsInIt, PolicyReference = policy?.Reference };
    }
}
