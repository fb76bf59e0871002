using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Language;

namespace KnowledgeArchive.Lineage;

/// <summary>
/// Builds the whole lineage graph from what the catalog holds: policies' document control, table rows that list
/// policies with their decisions, citations by reference or description, policies replaced by adopted ones, hand-overs
/// to ICBs, deferred items taken up again, and the decisions papers that record none of their own cite. Every step reads sorted inputs and keys what it creates by content, so
/// the same archive gives the same graph whatever order its documents arrived in.
/// </summary>
public sealed class LineageBuilder(Wording wording)
{
    public LineageBuild Build(
        IReadOnlyList<Decision> decisions,
        IReadOnlyList<SourcedCitation> citations,
        IReadOnlyList<PolicyDocument> policies,
        IReadOnlyDictionary<string, string> documentHashes)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(citations);
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(documentHashes);
        var sorted = citations
            .OrderBy(c => c.Citation.DocumentId, StringComparer.Ordinal)
            .ThenBy(c => c.Citation.PageNumber)
            .ThenBy(c => c.Citation.Text, StringComparer.Ordinal)
            .ThenBy(c => c.Citation.CitedReference, StringComparer.Ordinal)
            .ToList();
        var known = new KnownDecisions();

        var (controlled, approvals) = new PolicyControlLinks(wording).Derive(policies, decisions, known);
        var (rows, used) = new PolicyRows([.. decisions, .. known.All], approvals, known).Link(sorted);

        var pool = decisions.Concat(known.All).ToList();
        var rest = sorted.Where(c => !used.Contains(c)).ToList();
        var (resolved, unresolved) = LineageResolver.Resolve(pool, rest.Select(c => (c.Citation, c.Sha256)).ToList());
        var explicitEdges = LineageResolver.Merge(controlled, rows, resolved);

        explicitEdges = LineageResolver.Merge(explicitEdges, new VersionCitations(pool, approvals).Link(sorted, explicitEdges));
        var replaced = new ReplacedPolicies(pool, approvals).Link(rest, explicitEdges);
        var transfers = Transfers.Link(pool, LineageResolver.Merge(explicitEdges, replaced));
        var deferrals = Deferrals.Link(pool, id => documentHashes.GetValueOrDefault(id, string.Empty), wording.Dates);
        var papers = DocumentCitations.Link(pool, rest);
        var edges = LineageResolver.Merge(explicitEdges, replaced, transfers, deferrals, papers);

        // A "replaces the local policy" sentence is not a broken citation when no local policy by that name is held, nor
        // is a description dated the citing meeting's own day ("the Governing Body on 12 March 2019 approved …" in
        // that meeting's minutes): it names the meeting, not another decision.
        var dates = pool.Where(d => d.Date is not null).ToDictionary(d => d.DecisionId, d => d.Date!.Value, StringComparer.Ordinal);
        var reported = unresolved.Where(u =>
                !(u.Citation.Relation == LineageEdgeTypes.Supersedes && u.Citation.Method == "description" && u.Citation.CitedDateFrom is null && u.Citation.CitedBody is null)
                && !(u.Citation.Method == "description" && u.Citation.FromDecisionId is { } from && dates.TryGetValue(from, out var own) && u.Citation.CitedDateFrom == own))
            .ToList();
        return new LineageBuild(edges, reported, known.All);
    }
}

/// <summary>The lineage graph: its links, citations that resolve to nothing (or to several decisions), and decisions known only from citations.</summary>
public sealed record LineageBuild(IReadOnlyList<LineageEdge> Edges, IReadOnlyList<UnresolvedCitation> Unresolved, IReadOnlyList<Decision> Cited);
