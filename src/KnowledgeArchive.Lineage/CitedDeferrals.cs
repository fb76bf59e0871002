using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Lineage.Rules;

namespace KnowledgeArchive.Lineage;

/// <summary>
/// A later decision that says it follows a deferral whose minutes the archive does not hold ("following its deferral
/// at the meeting on Thursday 14/12/2017 ([17/059])"): the deferral is known from that citation (the citing
/// organisation's decision of that reference and day, of the body named, else the citing body, on the citing
/// decision's subject, outcome deferred), it <c>defers_to</c> the citing decision, which references it.
/// </summary>
internal static class CitedDeferrals
{
    private const double Confidence = 0.7;

    public static IEnumerable<LineageEdge> Link(LineageWork work)
    {
        var byId = work.Pool.ToDictionary(d => d.DecisionId, StringComparer.Ordinal);
        var explained = new List<UnresolvedCitation>();
        var links = new List<LineageEdge>();
        foreach (var unresolved in work.Unresolved.Where(u => u.Candidates.Count == 0))
        {
            var citation = unresolved.Citation;
            if (citation is not { Relation: LineageEdgeTypes.DefersTo, CitedReference: { } printed, CitedDateFrom: { } day }
                || citation.CitedDateTo != day
                || citation.FromDecisionId is null
                || !byId.TryGetValue(citation.FromDecisionId, out var citing)
                || citing.Date is not { } on || day >= on)
            {
                continue;
            }

            var deferred = work.Known.Note(new CitedFacts
            {
                DocumentId = citation.DocumentId,
                PageNumber = citation.PageNumber,
                Reference = printed,
                CanonicalReference = DecisionReferences.Canonical(printed),
                Date = day,
                ExactDate = true,
                Body = citation.CitedBody ?? citing.Body,
                Ccg = citing.Ccg,
                Icb = citing.Icb,
                Outcome = DecisionOutcomes.Deferred,
                OutcomeStated = true,
                Subject = citing.Subject,
                Text = citation.Text,
            });
            var sha256 = work.Citations.FirstOrDefault(c => c.Citation == citation)?.Sha256 ?? work.Sha256Of(citation.DocumentId);
            links.AddRange(LineageResolver.Links(citation, citing, deferred, Confidence, sha256));
            explained.Add(unresolved);
        }

        work.Explain(explained);
        return links;
    }
}
