using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Enrichment.Metadata;
using KnowledgeArchive.Language;
using KnowledgeArchive.Language.Dates;

namespace KnowledgeArchive.Lineage;

/// <summary>
/// Links read from policies' document control: the ratifying decision ratifies the approving one ("Approved by the
/// Quality and Performance Committee, 21 July 2016 / Ratified by Governing Body, 12 September 2016 (GB16/048)"), and
/// each version's approval supersedes (a new major version) or amends (a minor one) the previous version's. Decisions
/// whose minutes are in the archive are used; the others become decisions known only from the citation.
/// </summary>
public sealed partial class PolicyControlLinks(Wording wording)
{
    private const double TableConfidence = 0.9;
    private readonly BodyReader bodies = new(wording);

    /// <summary>Links from <paramref name="policies"/>' document control and version histories, with the decisions known only from them.</summary>
    public (IReadOnlyList<LineageEdge> Edges, IReadOnlyList<Decision> Cited) Derive(IReadOnlyList<PolicyDocument> policies, IReadOnlyList<Decision> decisions)
    {
        var known = new KnownDecisions();
        var (edges, approvals) = Derive(policies, decisions, known);
        return ([.. edges, .. History(approvals, decisions, known)], known.All);
    }

    /// <summary>Links from document control, noting decisions outside the archive in <paramref name="known"/>; also each policy's approving decision.</summary>
    public (IReadOnlyList<LineageEdge> Edges, IReadOnlyList<PolicyApproval> Approvals) Derive(IReadOnlyList<PolicyDocument> policies, IReadOnlyList<Decision> decisions, KnownDecisions known)
    {
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(known);
        var edges = new List<LineageEdge>();
        var approvals = new List<PolicyApproval>();

        // Decisions of each organisation, found once: a CCG's by its name, ICB-level ones (no CCG) by their ICB.
        var byOrganisation = decisions.ToLookup(d => OrganisationKey(d.Ccg, d.Icb), StringComparer.OrdinalIgnoreCase);
        foreach (var policy in policies.OrderBy(p => p.DocumentId, StringComparer.Ordinal))
        {
            var family = byOrganisation[OrganisationKey(policy.Ccg, policy.Icb)].ToList();
            var info = policy.Policy;
            var title = info.Title ?? policy.Title;
            var approval = Find(policy, info.ApprovedBy, info.ApprovedOn, exactDate: true, DecisionOutcomes.Approved, $"{title} v{info.Version}", family, known);
            if (approval is null)
            {
                continue;
            }

            approvals.Add(new PolicyApproval(policy, approval));
            if (info.ApprovedBy is { } approvedBy)
            {
                edges.Add(Cites(policy, approval, approvedBy));
            }
            if (info.RatifiedBy is { } ratifiedBy
                && Find(policy, ratifiedBy, wording.Dates.FirstDay(ratifiedBy), exactDate: true, DecisionOutcomes.Ratified, $"Ratification: {title} v{info.Version}", family, known) is { } ratification)
            {
                edges.Add(Edge(ratification, approval, LineageEdgeTypes.Ratifies, policy, ratifiedBy));
                edges.Add(Cites(policy, ratification, ratifiedBy));
            }
        }

        return (edges, approvals);
    }

    /// <summary>Links from each approved policy's version history, noting earlier approvals outside the archive in <paramref name="known"/>.</summary>
    public IReadOnlyList<LineageEdge> History(IReadOnlyList<PolicyApproval> approvals, IReadOnlyList<Decision> decisions, KnownDecisions known)
    {
        ArgumentNullException.ThrowIfNull(approvals);
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(known);
        var byOrganisation = decisions.ToLookup(d => OrganisationKey(d.Ccg, d.Icb), StringComparer.OrdinalIgnoreCase);
        return approvals
            .SelectMany(a => VersionChain(a.Policy, a.Policy.Policy.Title ?? a.Policy.Title, a.Approval, byOrganisation[OrganisationKey(a.Policy.Ccg, a.Policy.Icb)].ToList(), known))
            .ToList();
    }

    /// <summary>
    /// The version history as links: the document cites each earlier version's approving decision, and each version's
    /// approval supersedes (a new major version) or amends (a minor one) the version before it.
    /// </summary>
    private IEnumerable<LineageEdge> VersionChain(PolicyDocument policy, string title, Decision approval, List<Decision> family, KnownDecisions known)
    {
        var info = policy.Policy;
        var earlier = info.History
            .Where(h => Version(h.Version) < Version(info.Version) && (h.Date is not null || h.DecisionReference is not null))
            .OrderBy(h => Version(h.Version))
            .Select(h => (Row: h, Decision: Find(policy, Printed(h), h.Date ?? MonthOf(h.Summary), exactDate: h.Date is not null && !MonthOnly(h.Summary), DecisionOutcomes.Approved, $"{title} v{h.Version}", family, known, h.DecisionReference)))
            .Where(v => v.Decision is not null && v.Decision.DecisionId != approval.DecisionId)
            .Select(v => (Version: v.Row.Version, Decision: v.Decision!, Evidence: v.Row.Summary ?? v.Row.ApprovedBy ?? string.Empty))
            .DistinctBy(v => v.Decision.DecisionId)
            .ToList();
        var chain = earlier.Append((Version: info.Version, Decision: approval, Evidence: info.ApprovedBy ?? string.Empty)).ToList();
        for (var i = 0; i < chain.Count; i++)
        {
            if (i < chain.Count - 1)
            {
                yield return Cites(policy, chain[i].Decision, chain[i].Evidence);
            }

            if (i > 0)
            {
                var type = Math.Floor(Version(chain[i - 1].Version)) == Math.Floor(Version(chain[i].Version)) ? LineageEdgeTypes.Amends : LineageEdgeTypes.Supersedes;
                yield return Edge(chain[i].Decision, chain[i - 1].Decision, type, policy, i == chain.Count - 1 ? chain[i - 1].Evidence : chain[i].Evidence);
            }
        }
    }

    private Decision? Find(PolicyDocument policy, string? printed, DateOnly? date, bool exactDate, string outcome, string subject, List<Decision> family, KnownDecisions known, string? rowReference = null)
    {
        if (date is null && printed is null)
        {
            return null;
        }

        var body = printed is null ? null : bodies.Find(printed);
        var reference = rowReference ?? (printed is null ? null : wording.References.FindAll(printed).FirstOrDefault(r => !r.NumbersOnly)?.Text);
        var canonical = reference is null ? null : DecisionReferences.Canonical(reference);
        var byReference = canonical is null ? [] : family.Where(d => d.CanonicalReference == canonical).ToList();
        if (ItemDecisions.Principal(byReference) is { } principal)
        {
            return principal;
        }

        if (canonical is null && (date is null || body is null))
        {
            return null;
        }

        // Only the month is printed ("11/2015"): any meeting of that body in that month.
        var sameMeeting = family.Where(d => (exactDate ? d.Date == date : SameMonth(d.Date, date)) && string.Equals(d.Body, body, StringComparison.OrdinalIgnoreCase) && d.Outcome is DecisionOutcomes.Approved or DecisionOutcomes.Ratified or DecisionOutcomes.Adopted).ToList();
        // The title's own words: not the organisation's name some titles carry ("NHS Gorsedale CCG Complaints Policy").
        var titleWords = SubjectWords.Of(policy.Policy.Title ?? policy.Title);
        titleWords.ExceptWith(SubjectWords.Of(policy.Ccg ?? policy.Icb ?? string.Empty));
        var onSubject = sameMeeting.Where(d => SubjectWords.Of((d.Subject ?? string.Empty) + " " + d.Text).Count(titleWords.Contains) >= Math.Min(2, titleWords.Count)).ToList();
        if (onSubject.Count == 1)
        {
            return onSubject[0];
        }

        // Not in the archive: a decision known from this document control line.
        return known.Note(new CitedFacts
        {
            DocumentId = policy.DocumentId,
            Reference = reference,
            CanonicalReference = canonical,
            Date = date,
            ExactDate = exactDate,
            Body = body,
            Ccg = policy.Ccg,
            Icb = policy.Icb,
            Outcome = outcome,
            OutcomeStated = true,
            Subject = subject,
            Text = printed ?? subject,
        });
    }

    /// <summary>A version row as one phrase: its body first, then its minute reference, then the rest of the row.</summary>
    private static string Printed(PolicyVersionEntry row) =>
        string.Join(' ', new[] { row.ApprovedBy, row.DecisionReference is null ? null : $"({row.DecisionReference})", row.Summary }.Where(p => p is not null));

    private static bool SameMonth(DateOnly? a, DateOnly? b) => a is { } x && b is { } y && x.Year == y.Year && x.Month == y.Month;

    private static string OrganisationKey(string? ccg, string? icb) => ccg is not null ? "ccg:" + ccg : "icb:" + icb;

    private static DateOnly? MonthOf(string? text)
    {
        var match = text is null ? null : MonthYear().Match(text);
        return match is { Success: true } && int.TryParse(match.Groups["m"].Value, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12
            ? new DateOnly(int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture), month, 1)
            : null;
    }

    private bool MonthOnly(string? text) => text is not null && wording.Dates.FindAll(text).All(d => d.Precision == DatePrecision.Month);

    /// <summary>The policy document's own citation of a decision its document control names.</summary>
    private static LineageEdge Cites(PolicyDocument policy, Decision decision, string text) =>
        Edge(decision, decision, LineageEdgeTypes.References, policy, text) with { From = LineageNodes.Document(policy.DocumentId) };

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

    [GeneratedRegex(@"\b(?<m>\d{1,2})/(?<y>(?:19|20)\d{2})\b")]
    private static partial Regex MonthYear();
}
