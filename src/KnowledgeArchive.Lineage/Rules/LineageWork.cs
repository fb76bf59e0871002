using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Language;

namespace KnowledgeArchive.Lineage.Rules;

/// <summary>
/// What the lineage rules read and share while the graph is built: the archive's decisions, citations (in a fixed
/// order) and policies; decisions known only from citations; each policy's approving decision; the citations a rule
/// has taken as its own; the citations no decision fits; and the links found so far.
/// </summary>
public sealed class LineageWork
{
    private readonly HashSet<SourcedCitation> used = [];
    private readonly List<UnresolvedCitation> unresolved = [];
    private readonly List<PolicyApproval> approvals = [];

    public LineageWork(
        Wording wording,
        IReadOnlyList<Decision> decisions,
        IReadOnlyList<SourcedCitation> citations,
        IReadOnlyList<PolicyDocument> policies,
        IReadOnlyDictionary<string, string> documentHashes)
    {
        ArgumentNullException.ThrowIfNull(wording);
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(citations);
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(documentHashes);
        Wording = wording;
        Decisions = decisions;
        Policies = policies;
        DocumentHashes = documentHashes;
        Citations = citations
            .OrderBy(c => c.Citation.DocumentId, StringComparer.Ordinal)
            .ThenBy(c => c.Citation.PageNumber)
            .ThenBy(c => c.Citation.Text, StringComparer.Ordinal)
            .ThenBy(c => c.Citation.CitedReference, StringComparer.Ordinal)
            .ToList();
    }

    public Wording Wording { get; }

    /// <summary>Decisions whose minutes are in the archive.</summary>
    public IReadOnlyList<Decision> Decisions { get; }

    /// <summary>Every citation, in a fixed order whatever order documents arrived in.</summary>
    public IReadOnlyList<SourcedCitation> Citations { get; }

    public IReadOnlyList<PolicyDocument> Policies { get; }

    public IReadOnlyDictionary<string, string> DocumentHashes { get; }

    /// <summary>Decisions known only because documents cite them.</summary>
    public KnownDecisions Known { get; } = new();

    /// <summary>The decisions held and those known from citations.</summary>
    public IReadOnlyList<Decision> Pool => [.. Decisions, .. Known.All];

    /// <summary>Each policy version with the decision that approved it, as the document control rule found them.</summary>
    public IReadOnlyList<PolicyApproval> Approvals => approvals;

    /// <summary>Citations no rule has taken as its own yet.</summary>
    public IReadOnlyList<SourcedCitation> Unused => [.. Citations.Where(c => !used.Contains(c))];

    /// <summary>Citations that resolve to no decision, or to several.</summary>
    public IReadOnlyList<UnresolvedCitation> Unresolved => unresolved;

    /// <summary>The links found so far: one per pair and type, the most certain evidence kept.</summary>
    public IReadOnlyList<LineageEdge> Edges { get; private set; } = [];

    public void AddApprovals(IEnumerable<PolicyApproval> found) => approvals.AddRange(found);

    /// <summary>Takes citations as explained by a rule, so no later rule reads them again nor reports them unresolved.</summary>
    public void Use(IEnumerable<SourcedCitation> citations) => used.UnionWith(citations);

    public void AddUnresolved(IEnumerable<UnresolvedCitation> citations) => unresolved.AddRange(citations);

    /// <summary>Takes citations off the unresolved list: a later rule explained them.</summary>
    public void Explain(IReadOnlyCollection<UnresolvedCitation> citations) => unresolved.RemoveAll(citations.Contains);

    internal void AddEdges(IEnumerable<LineageEdge> found) => Edges = LineageResolver.Merge(Edges, [.. found]);

    public string Sha256Of(string documentId) => DocumentHashes.GetValueOrDefault(documentId, string.Empty);
}
