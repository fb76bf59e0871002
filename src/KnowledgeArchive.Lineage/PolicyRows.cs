using System.Text.RegularExpressions;
using KnowledgeArchive.Core.Decisions;

namespace KnowledgeArchive.Lineage;

/// <summary>
/// Table rows that list policies with the decision that put each in force for a CCG, as an ICB's adoption appendix
/// ("NHS Hollin Vale CCG | Assisted Conception Policy | HV-CP-001 | 2.0 | Minute 73/17 | 08/11/2017") and a handover
/// statement's "policies transferring" table do. A row yields: the CCG's decision (from the archive, else known from
/// the row: CCG, reference, date), the citing decision adopting it, and, when the policy belongs to another
/// organisation (a joint committee's harmonised policy), the CCG's decision adopting that policy's approval.
/// </summary>
internal sealed partial class PolicyRows(IReadOnlyList<Decision> decisions, IReadOnlyList<PolicyApproval> approvals, KnownDecisions known)
{
    private const double RowConfidence = 0.9;
    private const double OwnerConfidence = 0.8;
    private const int MaxRowLength = 200;
    private const double NamesThePolicy = 0.34;
    private const double NamesTheSharedPolicy = 0.75;
    private const double SharedConfidence = 0.7;
    private const int MinimumTitleWords = 2;

    private readonly Dictionary<string, Decision> byId = decisions.ToDictionary(d => d.DecisionId, StringComparer.Ordinal);
    private readonly ILookup<string, Decision> byCcg = decisions.Where(d => d.Ccg is not null).ToLookup(d => d.Ccg!, StringComparer.OrdinalIgnoreCase);

    /// <summary>Edges from the rows among <paramref name="citations"/>, and the rows used (so they are not reported as unresolved).</summary>
    public (List<LineageEdge> Edges, HashSet<SourcedCitation> Used) Link(IReadOnlyList<SourcedCitation> citations)
    {
        var edges = new List<LineageEdge>();
        var used = new HashSet<SourcedCitation>();
        foreach (var sourced in citations)
        {
            var citation = sourced.Citation;
            var citing = citation.FromDecisionId is null ? null : byId.GetValueOrDefault(citation.FromDecisionId);
            var adoptionRow = citing is not null && citation.Relation == LineageEdgeTypes.Adopts && citation.CitedDateFrom is not null;
            var policy = PolicyIn(citation);
            if (citation.Text.Length > MaxRowLength || (policy is null && !adoptionRow))
            {
                continue;
            }

            var organisation = citation.CitedOrganisation ?? sourced.Ccg ?? OwnerByShape(citation, sourced.Icb ?? citing?.Icb);
            if (organisation is null || Cited(citation, organisation, sourced, policy) is not { } cited)
            {
                continue;
            }

            used.Add(sourced);
            if (citing is null)
            {
                // A paper's row (a handover statement's list of policies): the paper cites the decision.
                edges.Add(Edge(LineageNodes.Document(citation.DocumentId), cited.DecisionId, LineageEdgeTypes.References, sourced, RowConfidence));
            }

            if (citing is not null && citation.Relation == LineageEdgeTypes.Adopts && citing.DecisionId != cited.DecisionId)
            {
                edges.Add(Edge(citing.DecisionId, cited.DecisionId, LineageEdgeTypes.Adopts, sourced, RowConfidence));
            }

            if (policy is not null && !SameOrganisation(policy.Owner, organisation) && policy.Approval.DecisionId != cited.DecisionId)
            {
                // A CCG's decision putting another body's policy in force for it is that CCG's adoption of the policy.
                edges.Add(Edge(cited.DecisionId, policy.Approval.DecisionId, LineageEdgeTypes.Adopts, sourced, OwnerConfidence));
            }
            else if (policy is null && citation.Relation == LineageEdgeTypes.Adopts && cited.Ccg is not null && SharedApproval(citation.Text, cited) is { } shared)
            {
                // The policy's own document is not held, but the joint body's decision approving a policy of the row's title
                // and version for its CCGs is: the CCG adopted that decision.
                edges.Add(Edge(cited.DecisionId, shared.DecisionId, LineageEdgeTypes.Adopts, sourced, SharedConfidence));
            }
        }

        return (edges, used);
    }

    private Decision? Cited(Citation citation, string organisation, SourcedCitation sourced, PolicyApproval? policy)
    {
        if (citation.CitedReference is { } printed)
        {
            var canonical = DecisionReferences.Canonical(printed);
            var inArchive = byCcg[organisation].Where(d => d.CanonicalReference == canonical).ToList();
            if (ItemDecisions.Principal(inArchive) is { } principal)
            {
                return principal;
            }

            if (known.WithReference(organisation, canonical) is { } noted)
            {
                return noted;
            }

            // The CCG's own policy, approved by a decision its document control names without a reference: that decision.
            if (policy is not null && SameOrganisation(policy.Owner, organisation) && !policy.Approval.InArchive
                && policy.Approval.CanonicalReference is null && policy.Approval.Date == citation.CitedDateFrom)
            {
                known.AddReference(policy.Approval.DecisionId, printed, canonical);
                return policy.Approval;
            }

            var adopted = policy is not null && !SameOrganisation(policy.Owner, organisation);
            return known.Note(new CitedFacts
            {
                DocumentId = citation.DocumentId,
                PageNumber = citation.PageNumber,
                Reference = printed,
                CanonicalReference = canonical,
                Date = citation.CitedDateFrom,
                ExactDate = citation.CitedDateFrom is not null && citation.CitedDateFrom == citation.CitedDateTo,
                Ccg = organisation,
                Icb = sourced.Icb,
                Outcome = adopted ? DecisionOutcomes.Adopted : DecisionOutcomes.Approved,
                OutcomeStated = policy is not null,
                Subject = policy is null ? null : $"{Title(policy)} v{policy.Policy.Policy.Version}",
                Text = citation.Text,
            });
        }

        // No minute reference: the policy's own approval when it is the CCG's policy, else the CCG's one decision of that day.
        if (policy is not null && SameOrganisation(policy.Owner, organisation))
        {
            return policy.Approval;
        }

        var sameDay = byCcg[organisation]
            .Where(d => d.Date == citation.CitedDateFrom && d.Outcome is DecisionOutcomes.Approved or DecisionOutcomes.Adopted)
            .ToList();
        if (sameDay.Count == 0 && policy is not null && citation.CitedDateFrom is { } day && citation.CitedDateFrom == citation.CitedDateTo)
        {
            // The CCG's minutes of that day are not held: its adoption of the policy is known from the row alone.
            return known.Note(new CitedFacts
            {
                DocumentId = citation.DocumentId,
                PageNumber = citation.PageNumber,
                Date = day,
                ExactDate = true,
                Ccg = organisation,
                Icb = sourced.Icb,
                Outcome = DecisionOutcomes.Adopted,
                OutcomeStated = true,
                Subject = $"{Title(policy)} v{policy.Policy.Policy.Version}",
                Text = citation.Text,
            });
        }

        return sameDay.Count == 1 ? sameDay[0] : AboutThePolicy(sameDay, policy is null ? citation.Text : Title(policy));
    }

    /// <summary>
    /// The one decision of a body that decides for several CCGs (no CCG of its own, the adopter's ICB), taken before the
    /// adoption, that approved the policy a row names: most of the words of the row's title, and its version.
    /// </summary>
    private Decision? SharedApproval(string row, Decision adopter)
    {
        var cells = row.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var title = cells.Where(c => adopter.Ccg is null || !c.Contains(adopter.Ccg, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(c => SubjectWords.Of(c).Count)
            .FirstOrDefault();
        var words = title is null ? [] : SubjectWords.Of(title);
        var version = VersionNumber().Match(row);
        if (words.Count < MinimumTitleWords || !version.Success)
        {
            return null;
        }

        var found = decisions
            .Where(d => d.Ccg is null && d.Icb is not null && string.Equals(d.Icb, adopter.Icb, StringComparison.OrdinalIgnoreCase)
                && d.Outcome is DecisionOutcomes.Approved && d.Date < adopter.Date
                && SubjectWords.Covered(words, SubjectWords.Of((d.Subject ?? string.Empty) + " " + d.Text)) >= NamesTheSharedPolicy
                && VersionNumber().Matches(d.Text).Any(m => m.Value == version.Value))
            .ToList();
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>Of one day's decisions, the one whose words name the row's policy (a third of its title's words at least), when one does clearly more than the rest.</summary>
    private static Decision? AboutThePolicy(List<Decision> sameDay, string title)
    {
        var wanted = SubjectWords.Of(title);
        if (wanted.Count == 0)
        {
            return null;
        }

        var scored = sameDay
            .Select(d => (Decision: d, Score: SubjectWords.Covered(wanted, SubjectWords.Of((d.Subject ?? string.Empty) + " " + d.Text))))
            .OrderByDescending(d => d.Score)
            .ToList();
        if (scored.Count < 2 || scored[0].Score < NamesThePolicy)
        {
            return null;
        }

        // Several readings of one item that names the policy ("asked to adopt", "Decision: Adopted"): its principal
        // decision; otherwise the one that names it clearly more than the next.
        var best = scored.Where(d => d.Score == scored[0].Score).Select(d => d.Decision).ToList();
        return best.Count == 1 ? (scored[1].Score * 2 <= scored[0].Score ? best[0] : null) : ItemDecisions.Principal(best);
    }

    /// <summary>The policy version a row names by its reference (the version printed in the row, else the latest).</summary>
    private PolicyApproval? PolicyIn(Citation citation)
    {
        var named = approvals
            .Where(a => a.Policy.Policy.Reference is { Length: > 2 } reference && ContainsWord(citation.Text, reference))
            .ToList();
        if (named.Count == 0)
        {
            return null;
        }

        var versions = VersionNumber().Matches(citation.Text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        return named.FirstOrDefault(a => a.Policy.Policy.Version is { } v && versions.Contains(v))
            ?? named.OrderByDescending(a => a.Policy.Policy.ApprovedOn ?? a.Policy.Date).First();
    }

    private string? OwnerByShape(Citation citation, string? icb) =>
        citation.CitedReference is null || icb is null
            ? null
            : ReferenceShapes.OwnerOf(DecisionReferences.Canonical(citation.CitedReference), decisions.Where(d => string.Equals(d.Icb, icb, StringComparison.OrdinalIgnoreCase)));

    private static bool ContainsWord(string text, string word)
    {
        var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        return at >= 0
            && (at == 0 || !char.IsLetterOrDigit(text[at - 1]))
            && (at + word.Length == text.Length || !char.IsLetterOrDigit(text[at + word.Length]));
    }

    private static bool SameOrganisation(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string Title(PolicyApproval policy) => policy.Policy.Policy.Title ?? policy.Policy.Title;

    private static LineageEdge Edge(string from, string to, string type, SourcedCitation row, double confidence) => new()
    {
        From = from,
        To = to,
        Type = type,
        Method = "table",
        Confidence = confidence,
        EvidenceDocumentId = row.Citation.DocumentId,
        EvidencePage = row.Citation.PageNumber,
        EvidenceText = row.Citation.Text,
        EvidenceSha256 = row.Sha256,
    };

    [GeneratedRegex(@"(?<![\d.])\d{1,2}\.\d{1,2}(?![\d.])")]
    private static partial Regex VersionNumber();
}
