using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Language;
using KnowledgeArchive.Lineage.Rules;

namespace KnowledgeArchive.Lineage;

/// <summary>
/// Builds the whole lineage graph from what the catalog holds by running each lineage rule in turn
/// (<see cref="LineageRules.All"/>), every link recording the rule that made it. Every rule reads sorted inputs and
/// keys what it creates by content, so the same archive gives the same graph whatever order its documents arrived in.
/// </summary>
public sealed class LineageBuilder(Wording wording)
{
    public LineageBuild Build(
        IReadOnlyList<Decision> decisions,
        IReadOnlyList<SourcedCitation> citations,
        IReadOnlyList<PolicyDocument> policies,
        IReadOnlyDictionary<string, string> documentHashes)
    {
        var work = new LineageWork(wording, decisions, citations, policies, documentHashes);
        foreach (var rule in LineageRules.All)
        {
            work.AddEdges(rule.Find(work).Select(e => e with { Rule = rule.Name }));
        }

        // A "replaces the local policy" sentence is not a broken citation when no local policy by that name is held, nor
        // is a description dated the citing meeting's own day ("the Governing Body on 12 March 2019 approved …" in
        // that meeting's minutes): it names the meeting, not another decision.
        var dates = work.Pool.Where(d => d.Date is not null).ToDictionary(d => d.DecisionId, d => d.Date!.Value, StringComparer.Ordinal);
        var reported = work.Unresolved.Where(u =>
                !(u.Citation.Relation == LineageEdgeTypes.Supersedes && u.Citation.Method == "description" && u.Citation.CitedDateFrom is null && u.Citation.CitedBody is null)
                && !(u.Citation.Method == "description" && u.Citation.FromDecisionId is { } from && dates.TryGetValue(from, out var own) && u.Citation.CitedDateFrom == own))
            .ToList();
        return new LineageBuild(work.Edges, reported, work.Known.All);
    }
}

/// <summary>The lineage graph: its links, citations that resolve to nothing (or to several decisions), and decisions known only from citations.</summary>
public sealed record LineageBuild(IReadOnlyList<LineageEdge> Edges, IReadOnlyList<UnresolvedCitation> Unresolved, IReadOnlyList<Decision> Cited);
