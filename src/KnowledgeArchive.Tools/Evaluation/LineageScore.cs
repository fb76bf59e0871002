using System.Globalization;
using System.Text.Json;
using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Enrichment.Organisations;
using KnowledgeArchive.Language;
using KnowledgeArchive.Lineage;
using KnowledgeArchive.Lineage.Questions;

namespace KnowledgeArchive.Tools.Evaluation;

/// <summary>
/// Scores the lineage graph the product builds from the readable documents against <c>lineage.jsonl</c>: edges match
/// when both ends map to the expected ones (a citing document by its id, which the evaluation gives each document as
/// its truth id) and the type agrees. <c>references</c> edges are scored apart, and
/// recall is given both over all expected edges and over those whose two decisions are in readable documents.
/// </summary>
internal sealed class LineageScore
{
    private readonly List<Decision> decisions = [];
    private readonly List<SourcedCitation> citations = [];
    private readonly Dictionary<string, string> truthIdOf = new(StringComparer.Ordinal);
    private readonly HashSet<string> readableTruthIds = new(StringComparer.Ordinal);
    private readonly List<PolicyDocument> policies = [];

    public void AddPolicy(PolicyDocument policy) => policies.Add(policy);

    public void Add(IEnumerable<Decision> found, IEnumerable<Citation> cited, string? ccg, string? icb, IReadOnlyDictionary<Decision, string> matches, IEnumerable<string> truthIdsInDocument)
    {
        decisions.AddRange(found);
        citations.AddRange(cited.Select(c => new SourcedCitation(c, string.Empty, ccg, icb)));
        foreach (var (decision, truthId) in matches)
        {
            truthIdOf[decision.DecisionId] = truthId;
        }

        readableTruthIds.UnionWith(truthIdsInDocument);
    }

    public async Task PrintAsync(
        IReadOnlyList<JsonElement> truthEdges,
        IReadOnlyList<JsonElement> truthDecisions,
        IReadOnlyList<JsonElement> queries,
        Gazetteer gazetteer,
        Wording wording,
        Synonyms synonyms,
        IReadOnlyDictionary<string, IReadOnlyList<PageText>> pages,
        bool verbose)
    {
        var graph = new LineageBuilder(wording).Build(decisions, citations, policies, new Dictionary<string, string>());
        var edges = await EvidencePages.PlaceAsync(graph.Edges, id => Task.FromResult(pages.GetValueOrDefault(id) ?? []));
        PrintVerbatim(edges, pages, verbose);
        var unresolved = graph.Unresolved;
        var known = graph.Cited;

        // A decision known only from a citation is matched to the expected one of that organisation and reference,
        // or without a reference, of that organisation, body, date and outcome.
        foreach (var node in known)
        {
            var matches = truthDecisions.Where(t =>
                    (SameOrganisation(t.Text("ccg_name") ?? t.Text("org_name"), node.Ccg ?? node.Icb)
                        || (node.Ccg is null && t.Text("ccg_name") is null && SameOrganisation(t.Text("icb_name"), node.Icb)))
                    && (node.CanonicalReference is { } reference
                        ? t.Text("reference") is { } printed && DecisionReferences.Canonical(printed) == reference
                        : (node.Body is null || SameBody(t.Text("body"), node.Body))
                            && t.Text("date") == node.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                            && t.Text("outcome") == node.Outcome))
                .Select(t => (Id: t.Text("decision_id")!, Overlap: SentenceOverlap.Of(node.Subject ?? node.Text, t.Text("subject"))))
                .OrderByDescending(t => t.Overlap)
                .ToList();

            // Several decisions of one meeting: the one whose subject the node's subject repeats.
            if (matches.Count == 1 || (matches.Count > 1 && matches[0].Overlap >= 0.5 && matches[0].Overlap > matches[1].Overlap))
            {
                truthIdOf[node.DecisionId] = matches[0].Id;
            }
        }

        // An ICB a decision was handed on to is named in the truth by its code.
        foreach (var icb in truthDecisions.Select(t => (Name: t.Text("icb_name"), Code: t.Text("icb"))).Where(t => t.Name is not null && t.Code is not null).Distinct())
        {
            truthIdOf[LineageNodes.Organisation(icb.Name!)] = "ICB-" + icb.Code;
        }

        var ours = edges
            .Select(e => (From: truthIdOf.GetValueOrDefault(e.From) ?? LineageNodes.DocumentId(e.From) ?? "?" + e.From, To: truthIdOf.GetValueOrDefault(e.To) ?? "?" + e.To, e.Type))
            .Distinct()
            .ToList();
        var expected = truthEdges.Select(t => (From: t.Text("from")!, To: t.Text("to")!, Type: t.Text("type")!)).ToList();
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine();
        foreach (var (label, isReferences) in new[] { ("lineage edges (not 'references')", false), ("lineage 'references' edges", true) })
        {
            var mine = ours.Where(e => (e.Type == LineageEdgeTypes.References) == isReferences).ToList();
            var theirs = expected.Where(e => (e.Type == LineageEdgeTypes.References) == isReferences).ToList();
            var reachable = theirs.Where(e => readableTruthIds.Contains(e.From) && readableTruthIds.Contains(e.To)).ToList();
            var hit = mine.Count(theirs.Contains);
            var precision = mine.Count == 0 ? 0 : (double)hit / mine.Count;
            var recall = theirs.Count == 0 ? 0 : (double)theirs.Count(mine.Contains) / theirs.Count;
            var reachableRecall = reachable.Count == 0 ? 0 : (double)reachable.Count(mine.Contains) / reachable.Count;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            Console.WriteLine(string.Create(inv, $"{label}: found {mine.Count}, expected {theirs.Count} ({reachable.Count} with both decisions in readable documents), matched {hit}"));
            Console.WriteLine(string.Create(inv, $"  precision {precision:0.000}  recall {recall:0.000}  F1 {f1:0.000}  recall over reachable {reachableRecall:0.000}"));
            if (verbose)
            {
                foreach (var miss in theirs.Where(e => !mine.Contains(e)))
                {
                    Console.WriteLine($"    missed{(reachable.Contains(miss) ? " (reachable)" : string.Empty)}: {miss.From} {miss.Type} {miss.To}");
                }

                foreach (var extra in mine.Where(e => !theirs.Contains(e)))
                {
                    Console.WriteLine($"    extra: {extra.From} {extra.Type} {extra.To}");
                }
            }
        }

        // Each rule's links and how many the truth holds: the evidence for the confidence each rule gives its links.
        Console.WriteLine("lineage edges by rule (all types): rule, found, matched, precision, mean confidence");
        foreach (var rule in edges.GroupBy(e => e.Rule, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var found = rule.Select(e => (From: truthIdOf.GetValueOrDefault(e.From) ?? LineageNodes.DocumentId(e.From) ?? "?" + e.From, To: truthIdOf.GetValueOrDefault(e.To) ?? "?" + e.To, e.Type)).Distinct().ToList();
            var matched = found.Count(expected.Contains);
            Console.WriteLine(string.Create(inv, $"  {rule.Key,-16} {found.Count,4} {matched,4}  {(found.Count == 0 ? 0 : (double)matched / found.Count):0.000}  {rule.Average(e => e.Confidence):0.00}"));
        }

        if (verbose)
        {
            foreach (var node in known.Where(n => !truthIdOf.ContainsKey(n.DecisionId) && edges.Any(e => e.From == n.DecisionId || e.To == n.DecisionId)))
            {
                Console.WriteLine(string.Create(inv, $"    known only from citations, unmatched: ?{node.DecisionId}: {node.Ccg ?? node.Icb} | {node.Reference} | {node.Body} | {node.Date:yyyy-MM-dd} | {node.Outcome} | {node.Subject}"));
            }
        }

        PrintChains(queries.Where(q => q.Text("kind") == "lineage").ToList(), edges, known, gazetteer, wording, synonyms, verbose);
        Console.WriteLine(string.Create(inv, $"unresolved citations: {unresolved.Count} ({unresolved.Count(u => u.Candidates.Count > 1)} ambiguous); decisions known only from citations: {known.Count}"));
        if (verbose)
        {
            foreach (var (citation, candidates) in unresolved)
            {
                var from = citation.FromDecisionId is { } id ? truthIdOf.GetValueOrDefault(id) ?? "?" + id : citation.DocumentId;
                Console.WriteLine(string.Create(inv, $"    unresolved: {from} {citation.Relation} [{citation.Method}] ref={citation.CitedReference} body={citation.CitedBody} org={citation.CitedOrganisation} date={citation.CitedDateFrom:yyyy-MM-dd}..{citation.CitedDateTo:yyyy-MM-dd} candidates={candidates.Count}: {citation.Text}"));
            }
        }
    }

    /// <summary>Each lineage question answered from the graph; right when the chain is exactly the expected decisions in order.</summary>
    private void PrintChains(List<JsonElement> questions, IReadOnlyList<LineageEdge> edges, IReadOnlyList<Decision> known, Gazetteer gazetteer, Wording wording, Synonyms synonyms, bool verbose)
    {
        var nodes = decisions.Concat(known).ToList();
        var byId = nodes.ToDictionary(n => n.DecisionId, StringComparer.Ordinal);
        var touching = edges.SelectMany(e => new[] { (Id: e.From, Edge: e), (Id: e.To, Edge: e) }).ToLookup(t => t.Id, t => t.Edge, StringComparer.Ordinal);
        var right = 0;
        var misses = new List<string>();
        var cues = new QuestionCues(wording);
        foreach (var question in questions)
        {
            var text = question.Text("query")!;
            var chain = ChainTracer.TraceAsync(LineageQuestion.Parse(text, gazetteer, synonyms, wording.Phrasebook.Bodies, cues), nodes, id => ValueTask.FromResult<IReadOnlyList<LineageEdge>>([.. touching[id]]), id => ValueTask.FromResult(byId.GetValueOrDefault(id))).GetAwaiter().GetResult();
            var ours = chain.Nodes.Select(n => truthIdOf.GetValueOrDefault(n.DecisionId) ?? "?" + (n.Reference ?? n.DecisionId)).ToList();
            var expected = question.GetProperty("expected_chain").EnumerateArray().Select(c => c.Text("decision_id")!).ToList();
            if (ours.SequenceEqual(expected))
            {
                right++;
            }
            else
            {
                misses.Add($"{question.Text("query_id")} {text}\n      got      {string.Join(" > ", ours)}\n      expected {string.Join(" > ", expected)}");
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"lineage questions: {right}/{questions.Count} chains exactly right ({(questions.Count == 0 ? 0 : (double)right / questions.Count):0.000})"));
        foreach (var miss in verbose ? misses : misses.Take(3))
        {
            Console.WriteLine("    " + miss);
        }
    }

    /// <summary>One body however fully named: "Joint Strategic Commissioning Board" is the "Brackenshire Joint Strategic Commissioning Board".</summary>
    private static bool SameBody(string? expected, string? found) =>
        expected is not null && found is not null
        && (string.Equals(expected, found, StringComparison.OrdinalIgnoreCase) || expected.EndsWith(" " + found, StringComparison.OrdinalIgnoreCase));

    private static bool SameOrganisation(string? a, string? b) =>
        a is not null && b is not null && OrganisationNames.Normalise(a) == OrganisationNames.Normalise(b);

    /// <summary>How many links quote text found, as stored, on the page they cite: what an auditor checks first.</summary>
    private static void PrintVerbatim(IReadOnlyList<LineageEdge> edges, IReadOnlyDictionary<string, IReadOnlyList<PageText>> pages, bool verbose)
    {
        var off = edges
            .Where(e => !(pages.GetValueOrDefault(e.EvidenceDocumentId)?.FirstOrDefault(p => p.Number == e.EvidencePage)?.Text.Contains(e.EvidenceText, StringComparison.Ordinal) ?? false))
            .ToList();
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"lineage evidence verbatim on the cited page: {edges.Count - off.Count} of {edges.Count} ({(edges.Count == 0 ? 1 : (double)(edges.Count - off.Count) / edges.Count):0.000})"));
        if (verbose)
        {
            foreach (var edge in off)
            {
                Console.WriteLine($"    not on page {edge.EvidencePage} of {edge.EvidenceDocumentId} ({edge.Rule}): {edge.EvidenceText}");
            }
        }
    }
}
