using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeArchive.Core.Decisions;

namespace KnowledgeArchive.Lineage;

/// <summary>
/// A policy that says which version it replaces ("Supersedes: Assisted Conception Policy version 1.0") but whose
/// version table does not say who approved that version: the earlier version's approval is the one decision of the
/// policy's organisation, before this version, that approved the policy by name at that version.
/// </summary>
internal sealed class VersionCitations(IReadOnlyList<Decision> decisions, IReadOnlyList<PolicyApproval> approvals)
{
    private const double Confidence = 0.8;

    public List<LineageEdge> Link(IReadOnlyList<SourcedCitation> citations, IReadOnlyList<LineageEdge> edges)
    {
        var links = new List<LineageEdge>();
        var linked = edges.Where(e => e.Type is LineageEdgeTypes.Supersedes or LineageEdgeTypes.Amends).Select(e => e.From).ToHashSet(StringComparer.Ordinal);
        foreach (var sourced in citations.Where(c => c.Citation.CitedPolicyVersion is not null))
        {
            var citation = sourced.Citation;
            if (approvals.FirstOrDefault(a => a.Policy.DocumentId == citation.DocumentId) is not { } policy
                || linked.Contains(policy.Approval.DecisionId)
                || Earlier(policy, citation.CitedPolicyVersion!) is not { } earlier)
            {
                continue;
            }

            linked.Add(policy.Approval.DecisionId);
            var sameMajor = Major(citation.CitedPolicyVersion!) == Major(policy.Policy.Policy.Version ?? string.Empty);
            links.Add(new LineageEdge
            {
                From = policy.Approval.DecisionId,
                To = earlier.DecisionId,
                Type = sameMajor ? LineageEdgeTypes.Amends : LineageEdgeTypes.Supersedes,
                Method = "description",
                Confidence = Confidence,
                EvidenceDocumentId = citation.DocumentId,
                EvidencePage = citation.PageNumber,
                EvidenceText = citation.Text,
                EvidenceSha256 = sourced.Sha256,
            });
        }

        return links;
    }

    private Decision? Earlier(PolicyApproval policy, string version)
    {
        var title = SubjectWords.Of(policy.Policy.Policy.Title ?? policy.Policy.Title);
        var versionWords = new Regex($@"\b(?:version\s*|v){Regex.Escape(version)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var owner = policy.Owner;
        var candidates = decisions
            .Where(d => string.Equals(d.Ccg ?? d.Icb, owner, StringComparison.OrdinalIgnoreCase)
                && d.Outcome == DecisionOutcomes.Approved
                && d.Date < (policy.Approval.Date ?? policy.Policy.Date)
                && versionWords.IsMatch((d.Subject ?? string.Empty) + " " + d.Text)
                && SubjectWords.Covered(title, SubjectWords.Of((d.Subject ?? string.Empty) + " " + d.Text)) >= 0.75)
            .ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    private static int Major(string version) =>
        int.TryParse(version.Split('.')[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var major) ? major : -1;
}
