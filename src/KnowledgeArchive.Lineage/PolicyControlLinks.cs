using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Enrichment.Decisions;
using KnowledgeArchive.Enrichment.Metadata;
using KnowledgeArchive.Enrichment.Organisations;
using KnowledgeArchive.Enrichment.Text;

namespace KnowledgeArchive.Lineage;

/// <summary>
/// Links read from policies' document control: the ratifying decision ratifies the approving one ("Approved by the
/// Quality and Performance Committee, 21 July 2016 / Ratified by Governing Body, 12 September 2016 (GB16/048)"), and
/// each version's approval supersedes (a new major version) or amends (a minor one) the previous version's. Decisions
/// whose minutes are in the archive are used; the others become decisions known only from the citation.
/// </summary>
public sealed class PolicyControlLinks(Gazetteer gazetteer)
{
    private const double TableConfidence = 0.9;

    public (IReadOnlyList<LineageEdge> Edges, IReadOnlyList<Decision> Cited) Derive(IReadOnlyList<PolicyDocument> policies, IReadOnlyList<Decision> decisions)
    {
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(decisions);
        var edges = new List<LineageEdge>();
        var cited = new Dictionary<string, Decision>(StringComparer.Ordinal);

        // Decisions of each organisation, found once: a CCG's by its name, ICB-level ones (no CCG) by their ICB.
        var byOrganisation = decisions.ToLookup(d => OrganisationKey(d.Ccg, d.Icb), StringComparer.OrdinalIgnoreCase);
        foreach (var policy in policies.OrderBy(p => p.DocumentId, StringComparer.Ordinal))
        {
            var family = byOrganisation[OrganisationKey(policy.Ccg, policy.Icb)].ToList();
            var info = policy.Policy;
            var title = info.Title ?? policy.Title;
            var approval = Find(policy, info.ApprovedBy, info.ApprovedOn, DecisionOutcomes.Approved, $"{title} v{info.Version}", family, cited);
            if (approval is null)
            {
                continue;
            }

            if (info.RatifiedBy is { } ratifiedBy
                && Find(policy, ratifiedBy, DateFinder.FirstDay(ratifiedBy), DecisionOutcomes.Ratified, $"Ratification: {title} v{info.Version}", family, cited) is { } ratification)
            {
                edges.Add(Edge(ratification, approval, LineageEdgeTypes.Ratifies, policy, "Ratified by " + ratifiedBy));
            }

            var previous = info.History
                .Where(h => Version(h.Version) < Version(info.Version) && h.Date is not null)
                .OrderByDescending(h => Version(h.Version))
                .FirstOrDefault();
            if (previous is not null
                && Find(policy, previous.ApprovedBy ?? previous.Summary, previous.Date, DecisionOutcomes.Approved, $"{title} v{previous.Version}", family, cited) is { } earlier
                && earlier.DecisionId != approval.DecisionId)
            {
                var type = Math.Floor(Version(previous.Version)) == Math.Floor(Version(info.Version)) ? LineageEdgeTypes.Amends : LineageEdgeTypes.Supersedes;
                edges.Add(Edge(approval, earlier, type, policy, $"version {info.Version} replaces version {previous.Version}: {previous.Summary}"));
            }
        }

        return (edges, cited.Values.OrderBy(c => c.DecisionId, StringComparer.Ordinal).ToList());
    }

    private Decision? Find(PolicyDocument policy, string? printed, DateOnly? date, string outcome, string subject, List<Decision> family, Dictionary<string, Decision> cited)
    {
        if (date is null && printed is null)
        {
            return null;
        }

        var body = printed is null ? null : BodyNames.Find(printed, gazetteer);
        var reference = printed is null ? null : References.FindAll(printed).FirstOrDefault()?.Value;
        var canonical = reference is null ? null : DecisionReferences.Canonical(reference);
        var byReference = canonical is null ? [] : family.Where(d => d.CanonicalReference == canonical).ToList();
        if (byReference.Count == 1)
        {
            return byReference[0];
        }

        if (date is null || body is null)
        {
            return null;
        }

        var sameMeeting = family.Where(d => d.Date == date && string.Equals(d.Body, body, StringComparison.OrdinalIgnoreCase) && d.Outcome is DecisionOutcomes.Approved or DecisionOutcomes.Ratified or DecisionOutcomes.Adopted).ToList();
        var titleWords = (policy.Policy.Title ?? policy.Title).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3 && !w.Equals("policy", StringComparison.OrdinalIgnoreCase)).ToList();
        var onSubject = sameMeeting.Where(d => titleWords.Count(w => d.Text.Contains(w, StringComparison.OrdinalIgnoreCase) || (d.Subject?.Contains(w, StringComparison.OrdinalIgnoreCase) ?? false)) >= Math.Min(2, titleWords.Count)).ToList();
        if (onSubject.Count == 1)
        {
            return onSubject[0];
        }

        // Not in the archive: a decision known from this document control line alone.
        var key = $"{policy.Ccg ?? policy.Icb}|{body}|{date:yyyy-MM-dd}|{canonical}|{subject}";
        var id = "cited-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
        if (!cited.TryGetValue(id, out var node))
        {
            node = new Decision
            {
                DecisionId = id,
                DocumentId = policy.DocumentId,
                Reference = reference,
                CanonicalReference = canonical,
                Date = date,
                Body = body,
                Ccg = policy.Ccg,
                Icb = policy.Icb,
                Outcome = outcome,
                Subject = subject,
                Text = printed ?? subject,
                InArchive = false,
            };
            cited[id] = node;
        }

        return node;
    }

    private static string OrganisationKey(string? ccg, string? icb) => ccg is not null ? "ccg:" + ccg : "icb:" + icb;

    private static LineageEdge Edge(Decision from, Decision to, string type, PolicyDocument policy, string text) => new()
    {
        From = from.DecisionId,
        To = to.DecisionId,
        Type = type,
        Method = "table",
        Confidence = TableConfidence,
        EvidenceDocumentId = policy.DocumentId,
        EvidencePage = 1,
        EvidenceText = text,
        EvidenceSha256 = policy.Sha256,
    };

    private static decimal Version(string? version) =>
        decimal.TryParse(version, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : 0;
}
