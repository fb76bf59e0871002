using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Enrichment.Organisations;

namespace KnowledgeArchive.Lineage.Questions;

/// <summary>
/// Answers a lineage question from the graph: picks the decision the question is about, then follows the links that
/// answer it. A policy's history follows ratification, supersession and amendment within the organisation, and takes
/// in (without going further) the joint committee policy it adopted; a hand-over question lists the organisation's
/// decisions handed on to its ICB with the ICB's adoption of each.
/// </summary>
public static class ChainTracer
{
    private const int MaxChain = 50;

    /// <param name="candidates">Decisions that might be what the question is about (those of its organisation, or matching its words).</param>
    /// <param name="edgesOf">The links touching a decision.</param>
    /// <param name="node">A decision by id (in the archive or known only from citations), or null.</param>
    public static async Task<LineageChain> TraceAsync(LineageQuestion question, IReadOnlyList<Decision> candidates, Func<string, ValueTask<IReadOnlyList<LineageEdge>>> edgesOf, Func<string, ValueTask<Decision?>> node)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(edgesOf);
        ArgumentNullException.ThrowIfNull(node);
        var own = candidates.Where(d => Belongs(d, question)).ToList();
        return question.Intent switch
        {
            LineageIntent.Transfer => await TransfersAsync(own, edgesOf, node),
            LineageIntent.Ratification => await RatificationAsync(question, own, edgesOf, node),
            LineageIntent.Deferral => await DeferralAsync(question, own, edgesOf, node),
            LineageIntent.Harmonisation => await HarmonisationAsync(question, own, edgesOf, node),
            _ => await HistoryAsync(question, own, edgesOf, node),
        };
    }

    private static async Task<LineageChain> TransfersAsync(List<Decision> own, Func<string, ValueTask<IReadOnlyList<LineageEdge>>> edgesOf, Func<string, ValueTask<Decision?>> node)
    {
        var chain = new Dictionary<string, Decision>(StringComparer.Ordinal);
        var edges = new List<LineageEdge>();
        foreach (var decision in own.Where(d => d.Ccg is not null))
        {
            var touching = await edgesOf(decision.DecisionId);
            var handedOn = touching.Where(e => e.Type == LineageEdgeTypes.TransfersTo && e.From == decision.DecisionId).ToList();
            if (handedOn.Count == 0)
            {
                continue;
            }

            chain[decision.DecisionId] = decision;
            edges.AddRange(handedOn);
            foreach (var adoption in touching.Where(e => e.Type == LineageEdgeTypes.Adopts && e.To == decision.DecisionId))
            {
                if (await node(adoption.From) is { Ccg: null } icbDecision)
                {
                    chain[icbDecision.DecisionId] = icbDecision;
                    edges.Add(adoption);
                }
            }
        }

        return Ordered(null, chain.Values, edges);
    }

    private static async Task<LineageChain> RatificationAsync(LineageQuestion question, List<Decision> own, Func<string, ValueTask<IReadOnlyList<LineageEdge>>> edgesOf, Func<string, ValueTask<Decision?>> node)
    {
        // Among equally good fits, the decision the archive knows a ratification of.
        var ratifiedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in own.Where(d => d.Outcome is DecisionOutcomes.Approved or DecisionOutcomes.Adopted && Score(question, question.Words.ToHashSet(StringComparer.Ordinal), d) > 0))
        {
            if ((await edgesOf(candidate.DecisionId)).Any(e => e.Type == LineageEdgeTypes.Ratifies && e.To == candidate.DecisionId))
            {
                ratifiedIds.Add(candidate.DecisionId);
            }
        }

        var ratified = Best(question, own.Where(d => d.Outcome is DecisionOutcomes.Approved or DecisionOutcomes.Adopted), d => ratifiedIds.Contains(d.DecisionId));
        if (ratified is null)
        {
            return LineageChain.Empty;
        }

        var edges = (await edgesOf(ratified.DecisionId)).Where(e => e.Type == LineageEdgeTypes.Ratifies && e.To == ratified.DecisionId).ToList();
        var nodes = new List<Decision> { ratified };
        foreach (var edge in edges)
        {
            if (await node(edge.From) is { } ratifying)
            {
                nodes.Add(ratifying);
            }
        }

        return Ordered(ratified, nodes, edges);
    }

    /// <summary>The deferred decision the question is about, and the decision that took it up (its deferral's link either way round).</summary>
    private static async Task<LineageChain> DeferralAsync(LineageQuestion question, List<Decision> own, Func<string, ValueTask<IReadOnlyList<LineageEdge>>> edgesOf, Func<string, ValueTask<Decision?>> node)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in own.Where(d => d.Outcome == DecisionOutcomes.Deferred))
        {
            if ((await edgesOf(candidate.DecisionId)).Any(e => TakesUp(e, candidate.DecisionId)))
            {
                taken.Add(candidate.DecisionId);
            }
        }

        var deferred = Best(question, own.Where(d => d.Outcome == DecisionOutcomes.Deferred), d => taken.Contains(d.DecisionId));
        if (deferred is null)
        {
            return await HistoryAsync(question, own, edgesOf, node);
        }

        var edges = (await edgesOf(deferred.DecisionId)).Where(e => TakesUp(e, deferred.DecisionId)).ToList();
        var nodes = new List<Decision> { deferred };
        foreach (var edge in edges)
        {
            if (await node(edge.From == deferred.DecisionId ? edge.To : edge.From) is { } later && later.Outcome != DecisionOutcomes.Deferred)
            {
                nodes.Add(later);
            }
        }

        return Ordered(deferred, nodes, edges);
    }

    private static bool TakesUp(LineageEdge edge, string deferred) =>
        (edge.Type == LineageEdgeTypes.DefersTo && edge.From == deferred) || (edge.Type == LineageEdgeTypes.References && edge.To == deferred && !LineageNodes.IsDocument(edge.From));

    /// <summary>A policy decided for several CCGs at once (by a joint committee or committees in common), and each CCG decision that adopted it.</summary>
    private static async Task<LineageChain> HarmonisationAsync(LineageQuestion question, List<Decision> own, Func<string, ValueTask<IReadOnlyList<LineageEdge>>> edgesOf, Func<string, ValueTask<Decision?>> node)
    {
        var adoptions = new Dictionary<string, List<(LineageEdge Edge, Decision Adopter)>>(StringComparer.Ordinal);
        foreach (var candidate in own.Where(d => d.Ccg is null && Score(question, question.Words.ToHashSet(StringComparer.Ordinal), d) > 0))
        {
            foreach (var edge in (await edgesOf(candidate.DecisionId)).Where(e => e.Type == LineageEdgeTypes.Adopts && e.To == candidate.DecisionId))
            {
                if (await node(edge.From) is { Ccg: not null } adopter)
                {
                    (adoptions.TryGetValue(candidate.DecisionId, out var list) ? list : adoptions[candidate.DecisionId] = []).Add((edge, adopter));
                }
            }
        }

        var shared = Best(question, own.Where(d => adoptions.ContainsKey(d.DecisionId)), _ => true);
        if (shared is null)
        {
            return await HistoryAsync(question, own, edgesOf, node);
        }

        var adopted = adoptions[shared.DecisionId];
        return Ordered(shared, adopted.Select(a => a.Adopter).Prepend(shared), adopted.Select(a => a.Edge));
    }

    private static async Task<LineageChain> HistoryAsync(LineageQuestion question, List<Decision> own, Func<string, ValueTask<IReadOnlyList<LineageEdge>>> edgesOf, Func<string, ValueTask<Decision?>> node)
    {
        var anchor = Best(question, own.Where(d => d.Outcome is DecisionOutcomes.Approved or DecisionOutcomes.Adopted or DecisionOutcomes.Ratified), _ => true);
        if (anchor is null)
        {
            return LineageChain.Empty;
        }

        var chain = new Dictionary<string, Decision>(StringComparer.Ordinal) { [anchor.DecisionId] = anchor };
        var edges = new Dictionary<(string, string, string), LineageEdge>();
        var queue = new Queue<Decision>([anchor]);
        while (queue.Count > 0 && chain.Count < MaxChain)
        {
            var current = queue.Dequeue();
            foreach (var edge in await edgesOf(current.DecisionId))
            {
                var forwards = edge.From == current.DecisionId;
                var other = forwards ? edge.To : edge.From;
                var follow = edge.Type is LineageEdgeTypes.Ratifies or LineageEdgeTypes.Supersedes or LineageEdgeTypes.Amends;

                // Another body's policy this one adopted is part of its story, but that body's own story is not; those who
                // adopted a decision belong to it only when it is the one asked about (a joint committee's harmonised policy).
                var leaf = edge.Type == LineageEdgeTypes.Adopts && (forwards || current.DecisionId == anchor.DecisionId);
                if ((!follow && !leaf) || await node(other) is not { } next || (leaf && !forwards && next.Ccg is null))
                {
                    continue;
                }

                edges.TryAdd((edge.From, edge.To, edge.Type), edge);
                if (chain.TryAdd(next.DecisionId, next) && follow)
                {
                    queue.Enqueue(next);
                }
            }
        }

        return Ordered(anchor, chain.Values, edges.Values);
    }

    /// <summary>The candidate the question's words, body, year and version fit best; ties go to those <paramref name="answers"/> can answer, then the earliest.</summary>
    private static Decision? Best(LineageQuestion question, IEnumerable<Decision> candidates, Func<Decision, bool> answers)
    {
        var words = question.Words.ToHashSet(StringComparer.Ordinal);
        return candidates
            .Where(d => question.Body is null || string.Equals(d.Body, question.Body, StringComparison.OrdinalIgnoreCase))
            .Select(d => (Decision: d, Score: Score(question, words, d)))
            .Where(c => c.Score > 0)
            .OrderByDescending(c => c.Score)
            .ThenByDescending(c => answers(c.Decision))
            .ThenBy(c => c.Decision.Date ?? DateOnly.MaxValue)
            .ThenBy(c => c.Decision.DecisionId, StringComparer.Ordinal)
            .Select(c => c.Decision)
            .FirstOrDefault();
    }

    private static double Score(LineageQuestion question, HashSet<string> words, Decision decision)
    {
        var text = (decision.Subject ?? string.Empty) + " " + decision.Text;
        var score = words.Count == 0 ? 0.1 : (double)SubjectWords.Of(text).Count(words.Contains) / Math.Min(words.Count, 6);
        if (score == 0)
        {
            return 0;
        }

        if (question.Year is { } year && decision.Date?.Year == year)
        {
            score += 0.5;
        }

        if (question.Version is { } version && (text.Contains("v" + version, StringComparison.OrdinalIgnoreCase) || text.Contains("version " + version, StringComparison.OrdinalIgnoreCase)))
        {
            score += 0.5;
        }

        return score;
    }

    private static bool Belongs(Decision decision, LineageQuestion question) =>
        question.Organisation is not { } organisation
        || organisation.Kind switch
        {
            OrganisationKinds.Icb => decision.Ccg is null && SameName(decision.Icb, organisation.Name),

            // A joint committee whose ICB is not known: its own decisions, which carry its name as their body.
            OrganisationKinds.JointCommittee => decision.Ccg is null && (SameName(decision.Icb, organisation.Name) || SameName(decision.Body, organisation.Name)),
            _ => SameName(decision.Ccg, organisation.Name),
        };

    private static bool SameName(string? a, string b) =>
        a is not null && OrganisationNames.Normalise(a) == OrganisationNames.Normalise(b);

    private static LineageChain Ordered(Decision? anchor, IEnumerable<Decision> nodes, IEnumerable<LineageEdge> edges) => new(
        anchor,
        nodes.DistinctBy(n => n.DecisionId).OrderBy(n => n.Date ?? DateOnly.MaxValue).ThenBy(n => n.DecisionId, StringComparer.Ordinal).ToList(),
        edges.DistinctBy(e => (e.From, e.To, e.Type)).ToList());
}

/// <summary>The answer to a lineage question: the decision it is about (if one was found) and the chain in date order, with the links.</summary>
public sealed record LineageChain(Decision? Anchor, IReadOnlyList<Decision> Nodes, IReadOnlyList<LineageEdge> Edges)
{
    public static LineageChain Empty { get; } = new(null, [], []);
}
