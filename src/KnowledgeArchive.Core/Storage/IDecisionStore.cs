using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Security;

namespace KnowledgeArchive.Core.Storage;

/// <summary>Reads what enrichment recorded: decisions, citations and policy facts. Written with the document by <see cref="IDocumentCatalog.SaveAsync"/>.</summary>
public interface IDecisionStore
{
    Task<IReadOnlyList<Decision>> ForDocumentAsync(string documentId, CancellationToken cancellationToken);

    /// <summary>A decision by id if <paramref name="scope"/> may see its document; else null.</summary>
    Task<Decision?> FindAsync(string decisionId, RecordScope scope, CancellationToken cancellationToken);

    Task<DecisionList> SearchAsync(DecisionQuery query, CancellationToken cancellationToken);

    Task<IReadOnlyList<Citation>> CitationsAsync(string documentId, CancellationToken cancellationToken);

    /// <summary>Every decision <paramref name="scope"/> may see (the lineage graph is recomputed from all of them).</summary>
    Task<IReadOnlyList<Decision>> AllDecisionsAsync(RecordScope scope, CancellationToken cancellationToken);

    /// <summary>Every citation with the SHA-256 of the file it is in, for recomputing the lineage graph.</summary>
    Task<IReadOnlyList<SourcedCitation>> AllCitationsAsync(CancellationToken cancellationToken);

    /// <summary>The SHA-256 of every document's original, by document id, for evidence.</summary>
    Task<IReadOnlyDictionary<string, string>> DocumentHashesAsync(CancellationToken cancellationToken);

    /// <summary>Every policy document <paramref name="scope"/> may see, with its document control facts.</summary>
    Task<IReadOnlyList<PolicyDocument>> AllPoliciesAsync(RecordScope scope, CancellationToken cancellationToken);

    Task<PolicyInfo?> PolicyAsync(string documentId, CancellationToken cancellationToken);

    /// <summary>Organisations named in documents but missing from the gazetteer, with how many documents name each.</summary>
    Task<IReadOnlyList<(string Name, int Documents)>> UnknownOrganisationsAsync(CancellationToken cancellationToken);
}
