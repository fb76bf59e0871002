using KnowledgeArchive.Core.Decisions;

namespace KnowledgeArchive.Lineage;

/// <summary>
/// Resolves citations to the decisions they name, giving the lineage graph. A printed reference is unique only within
/// an organisation, so candidates must share the citing decision's organisation (or, for joint committees and ICBs,
/// its ICB) and be earlier; a description ("the decision of the Quality and Performance Committee on 21 July 2016")
/// resolves when exactly one earlier decision of that body and date fits. Anything else stays unresolved, with its
/// candidates. The result depends only on the decisions and citations given, never on the order documents arrived.
/// </summary>
public static class LineageResolver
{
    private const double DescriptionConfidence = 0.8;
    private const double SubjectMatchConfidence = 0.6;
    private const int SubjectMatchMinimum = 2;

    public static (IReadOnlyList<LineageEdge> Edges, IReadOnlyList<UnresolvedCitation> Unresolved) Resolve(
        IReadOnlyList<Decision> decisions,
        IReadOnlyList<(Citation Citation, string Sha256)> citations)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(citations);
        var byId = decisions.ToDictionary(d => d.DecisionId, StringComparer.Ordinal);
        var byReference = decisions.Where(d => d.CanonicalReference is not null).ToLookup(d => d.CanonicalReference!, StringComparer.Ordinal);
        var byDate = decisions.Where(d => d.Date is not null).ToLookup(d => d.Date!.Value);
        var edges = new Dictionary<(string, string, string), LineageEdge>();
        var unresolved = new List<UnresolvedCitation>();

        foreach (var (citation, sha256) in citations.OrderBy(c => c.Citation.DocumentId, StringComparer.Ordinal).ThenBy(c => c.Citation.Text, StringComparer.Ordinal))
        {
            if (citation.FromDecisionId is null || !byId.TryGetValue(citation.FromDecisionId, out var citing) || citation.CitedPolicyVersion is not null)
            {
                continue;
            }

            var candidates = citation.Method == "reference" && citation.CitedReference is { } reference
                ? byReference[DecisionReferences.Canonical(reference)].Where(d => Named(citation, citing, d) && IsEarlier(d, citing)).ToList()
                : Described(citation, citing, byDate);
            candidates.RemoveAll(d => d.DecisionId == citing.DecisionId || (citation.Method != "reference" && d.DocumentId == citation.DocumentId));
            var confidence = citation.Method == "reference" ? 1 : DescriptionConfidence;
            if (candidates.Count == 0 && citation.Method == "reference" && citation.CitedDateFrom is not null)
            {
                // The reference names nothing held, but the date printed with it names one decision that has no reference
                // of its own: "the policy approved by the Joint Committee on 18 September 2020 (JC20/057)".
                candidates = Described(citation, citing, byDate).Where(d => d.CanonicalReference is null && d.DocumentId != citation.DocumentId).ToList();
                confidence = DescriptionConfidence;
            }

            if (candidates.Count > 1 && ItemDecisions.Principal(candidates) is { } itemDecision)
            {
                // One item that recorded several outcomes: a citation of its reference cites what it decided, not what it noted.
                candidates = [itemDecision];
            }

            if (candidates.Count > 1 && citation.Method != "reference" && BestBySubject(citation, candidates) is { } best)
            {
                // Several decisions of that body and date: the one whose subject the citing sentence repeats.
                candidates = [best];
                confidence = SubjectMatchConfidence;
            }

            if (candidates.Count == 1)
            {
                foreach (var edge in Links(citation, citing, candidates[0], confidence, sha256))
                {
                    // One edge per pair and type: the most certain evidence wins.
                    var key = (edge.From, edge.To, edge.Type);
                    if (!edges.TryGetValue(key, out var existing) || existing.Confidence < edge.Confidence)
                    {
                        edges[key] = edge;
                    }
                }
            }
            else
            {
                unresolved.Add(new UnresolvedCitation(citation, candidates.Select(c => c.DecisionId).Order(StringComparer.Ordinal).ToList()));
            }
        }

        return (edges.Values.OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal).ThenBy(e => e.Type, StringComparer.Ordinal).ToList(), unresolved);
    }

    /// <summary>
    /// The links one resolved citation makes. A deferral cited by a later decision ("following its deferral at the
    /// meeting on 14/12/2017 ([17/059])") runs the other way: the earlier, deferred decision <c>defers_to</c> the citing
    /// one, which also references it.
    /// </summary>
    public static IEnumerable<LineageEdge> Links(Citation citation, Decision citing, Decision cited, double confidence, string sha256)
    {
        ArgumentNullException.ThrowIfNull(citation);
        ArgumentNullException.ThrowIfNull(citing);
        ArgumentNullException.ThrowIfNull(cited);
        var edge = new LineageEdge
        {
            From = citing.DecisionId,
            To = cited.DecisionId,
            Type = citation.Relation,
            Method = citation.Method,
            Confidence = confidence,
            EvidenceDocumentId = citation.DocumentId,
            EvidencePage = citation.PageNumber,
            EvidenceText = citation.Text,
            EvidenceSha256 = sha256,
        };
        if (citation.Relation != LineageEdgeTypes.DefersTo)
        {
            yield return edge;
            yield break;
        }

        yield return edge with { From = cited.DecisionId, To = citing.DecisionId };
        yield return edge with { Type = LineageEdgeTypes.References };
    }

    /// <summary>Edges from several sources, one per pair and type, the most certain evidence kept.</summary>
    public static IReadOnlyList<LineageEdge> Merge(params IReadOnlyList<LineageEdge>[] sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var merged = new Dictionary<(string, string, string), LineageEdge>();
        foreach (var edge in sources.SelectMany(s => s))
        {
            var key = (edge.From, edge.To, edge.Type);
            if (!merged.TryGetValue(key, out var existing) || existing.Confidence < edge.Confidence)
            {
                merged[key] = edge;
            }
        }

        return merged.Values.OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal).ThenBy(e => e.Type, StringComparer.Ordinal).ToList();
    }

    private const int MaxDescribedDays = 93;

    private static List<Decision> Described(Citation citation, Decision citing, ILookup<DateOnly, Decision> byDate)
    {
        // A description must name when: a day or a month (a quarter at most), so candidates come from those days alone;
        // or, naming only the body ("the decision of the Audit Committee at its last meeting"), that body's latest
        // meeting before the citing one, within a quarter.
        if (citation.CitedDateFrom is not { } from)
        {
            return citation.CitedBody is null || citing.Date is not { } on ? [] : LatestMeeting(citation, citing, on, byDate);
        }

        var to = citation.CitedDateTo ?? from;
        if (to.DayNumber - from.DayNumber > MaxDescribedDays)
        {
            return [];
        }

        var days = Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).SelectMany(i => byDate[from.AddDays(i)]);
        return days.Where(d =>
                SameFamily(citing, d)
                && IsEarlier(d, citing)
                && (citation.CitedBody is null || string.Equals(d.Body, citation.CitedBody, StringComparison.OrdinalIgnoreCase))
                && Decides(citation, d)
                && !IsRecordOfMinutes(d))
            .ToList();
    }

    private static List<Decision> LatestMeeting(Citation citation, Decision citing, DateOnly on, ILookup<DateOnly, Decision> byDate)
    {
        for (var day = on.AddDays(-1); day.DayNumber >= on.DayNumber - MaxDescribedDays; day = day.AddDays(-1))
        {
            var held = byDate[day].Where(d =>
                    SameFamily(citing, d)
                    && string.Equals(d.Body, citation.CitedBody, StringComparison.OrdinalIgnoreCase)
                    && Decides(citation, d)
                    && !IsRecordOfMinutes(d))
                .ToList();
            if (held.Count > 0)
            {
                return held;
            }
        }

        return [];
    }

    /// <summary>
    /// A described decision is one that decided: approved, ratified or adopted; or, cited as a deferral ("following its
    /// deferral at the meeting on 20 July 2016"), one that deferred.
    /// </summary>
    private static bool Decides(Citation citation, Decision described) =>
        citation.Relation == LineageEdgeTypes.DefersTo
            ? described.Outcome == DecisionOutcomes.Deferred
            : described.Outcome is DecisionOutcomes.Approved or DecisionOutcomes.Ratified or DecisionOutcomes.Adopted;

    /// <summary>A reference names a decision of the organisation the citation names (a table row's CCG), else of the citing decision's family.</summary>
    private static bool Named(Citation citation, Decision citing, Decision cited) =>
        citation.CitedOrganisation is { } organisation
            ? string.Equals(cited.Ccg ?? cited.Icb, organisation, StringComparison.OrdinalIgnoreCase)
            : SameFamily(citing, cited);

    /// <summary>
    /// The candidate whose subject the citing sentence repeats: it shares at least two content words with the sentence
    /// and at least twice as many as any other candidate ("… to approve the Individual Funding Requests Policy (version
    /// 1.1) was ratified" picks the committee's policy decision, not its quality visit the same day).
    /// </summary>
    private static Decision? BestBySubject(Citation citation, List<Decision> candidates)
    {
        var words = Words(citation.Text);
        var scored = candidates
            .Select(c => (Decision: c, Shared: Words((c.Subject ?? string.Empty) + " " + c.Text).Count(words.Contains)))
            .OrderByDescending(c => c.Shared)
            .ToList();
        return scored[0].Shared >= SubjectMatchMinimum && scored[0].Shared >= 2 * scored[1].Shared && scored[0].Shared > scored[1].Shared ? scored[0].Decision : null;
    }

    private static HashSet<string> Words(string text) =>
        text.ToLowerInvariant()
            .Split([' ', ',', '.', ';', ':', '(', ')', '\'', '"', '-', '–'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 3 && !StopWords.Contains(w))
            .ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "that", "this", "with", "from", "were", "which", "have", "been", "will", "decision", "approved", "approve",
        "ratified", "adopted", "committee", "governing", "body", "board", "meeting", "held", "policy",
    };

    private static bool IsRecordOfMinutes(Decision decision) =>
        decision.Text.Contains("correct record", StringComparison.OrdinalIgnoreCase)
        || decision.Text.Contains("accurate record", StringComparison.OrdinalIgnoreCase)
        || (decision.Subject?.StartsWith("Minutes of", StringComparison.OrdinalIgnoreCase) ?? false);

    private static bool SameFamily(Decision citing, Decision cited)
    {
        if (citing.Ccg is not null && cited.Ccg is not null)
        {
            return string.Equals(citing.Ccg, cited.Ccg, StringComparison.OrdinalIgnoreCase);
        }

        // A joint committee or ICB decision and a CCG decision are of one family when they share the ICB.
        return citing.Icb is not null && string.Equals(citing.Icb, cited.Icb, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsEarlier(Decision cited, Decision citing) =>
        cited.Date is null || citing.Date is null || cited.Date <= citing.Date;
}
