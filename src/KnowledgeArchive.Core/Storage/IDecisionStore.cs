using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Core.Storage;

/// <summary>Reads what enrichment recorded: decisions, citations and policy facts. Written with the document by <see cref="IDocumentCatalog.SaveAsync"/>.</summary>
public interface IDecisionStore
{
    Task<IReadOnlyList<Decision>> ForDocumentAsync(string documentId, CancellationToken cancellationToken);

    Task<Decision?> FindAsync(string decisionId, CancellationToken cancellationToken);

    Task<DecisionList> SearchAsync(DecisionQuery query, CancellationToken cancellationToken);

    Task<IReadOnlyList<Citation>> CitationsAsync(string documentId, CancellationToken cancellationToken);

    Task<PolicyInfo?> PolicyAsync(string documentId, CancellationToken cancellationToken);

    /// <summary>Organisations named in documents but missing from the gazetteer, with how many documents name each.</summary>
    Task<IReadOnlyList<(string Name, int Documents)>> UnknownOrganisationsAsync(CancellationToken cancellationToken);
}
