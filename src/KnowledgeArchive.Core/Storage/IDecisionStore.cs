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

    /// <summary>Every decision, for recomputing the lineage graph.</summary>
    Task<IReadOnlyList<Decision>> AllDecisionsAsync(CancellationToken cancellationToken);

    /// <summary>Every citation with the SHA-256 of the file it is in, for recomputing the lineage graph.</summary>
    Task<IReadOnlyList<SourcedCitation>> AllCitationsAsync(CancellationToken cancellationToken);

    /// <summary>Every policy document with its document control facts.</summary>
    /// <summary>The SHA-256 of every document's original, by document id, for evidence.</summary>
    Task<IReadOnlyDictionary<string, string>> DocumentHashesAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<PolicyDocument>> AllPoliciesAsync(CancellationToken cancellationToken);

    Task<PolicyInfo?> PolicyAsync(string documentId, CancellationToken cancellationToken);

    /// <summary>Organisations named in documents but missing from the gazetteer, with how many documents name each.</summary>
    Task<IReadOnlyList<(string Name, int Documents)>> UnknownOrganisationsAsync(CancellationToken cancellationToken);
}
