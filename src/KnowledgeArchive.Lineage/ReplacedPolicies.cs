using System.Text.RegularExpressions;
using KnowledgeArchive.Core.Decisions;

namespace KnowledgeArchive.Lineage;

/// <summary>
/// A CCG that adopts a harmonised policy replaces its own policy on that subject. Said outright ("adopt the
/// Gluten-Free Prescribing Policy, which replaces the CCG's existing Gluten-Free Foods Prescribing Policy"; a joint
/// committee's policy that "replaced the local PLCV policies"), the adoption supersedes the version of the named
/// policy in force at the time. Not said, but the adopted policy's title covers the CCG's own policy's subject, the
/// same link is drawn with less confidence.
/// </summary>
internal sealed partial class ReplacedPolicies(IReadOnlyList<Decision> decisions, IReadOnlyList<PolicyApproval> approvals)
{
    private const double StatedConfidence = 0.8;
    private const double ImpliedConfidence = 0.6;
    private const double SameSubject = 0.75;
    private const double PartlySameSubject = 0.5;
    private const int MinimumTitleWords = 2;

    private readonly Dictionary<string, Decision> byId = decisions.ToDictionary(d => d.DecisionId, StringComparer.Ordinal);

    public List<LineageEdge> Link(IReadOnlyList<SourcedCitation> citations, IReadOnlyList<LineageEdge> edges)
    {
        var links = new List<LineageEdge>();
        var adoptions = edges.Where(e => e.Type == LineageEdgeTypes.Adopts).ToList();

        // Said outright, in the adopting minutes or in the adopted policy.
        foreach (var sourced in citations.Where(c => c.Citation.Relation == LineageEdgeTypes.Supersedes && c.Citation.Method == "description"))
        {
            var phrase = After(sourced.Citation.Text);
            if (phrase is null)
            {
                continue;
            }

            var adopters = sourced.Citation.FromDecisionId is { } from && byId.TryGetValue(from, out var citing)
                ? [citing]
                : AdoptersOfPolicyIn(sourced.Citation.DocumentId, adoptions);
            foreach (var adopter in adopters)
            {
                foreach (var replaced in InForce(adopter, own => Names(phrase, Title(own))))
                {
                    links.Add(Edge(adopter, replaced.Approval, StatedConfidence, sourced.Citation.DocumentId, sourced.Citation.PageNumber, sourced.Citation.Text, sourced.Sha256));
                }
            }
        }

        // Implied: the adopted policy's title covers the subject of a policy the adopter had in force.
        foreach (var adoption in adoptions)
        {
            // The adopted policy's title: from its document, else (its document not held) the subject of the decision of
            // the body that decided it for several CCGs.
            var adopted = approvals.FirstOrDefault(a => a.Approval.DecisionId == adoption.To);
            var title = adopted is not null ? Title(adopted) : byId.GetValueOrDefault(adoption.To) is { Ccg: null, Subject: { } subject } ? subject : null;

            if (!byId.TryGetValue(adoption.From, out var adopter) || title is null)
            {
                continue;
            }

            // Titles of one or two words ("Prescribing Policy") say too little to tell one subject from another.
            var words = SubjectWords.Of(title);
            if (words.Count < MinimumTitleWords)
            {
                continue;
            }

            foreach (var replaced in InForce(adopter, own => own.Policy.Policy.Reference != adopted?.Policy.Policy.Reference && Covers(words, SubjectWords.Of(Title(own)))))
            {
                links.Add(Edge(adopter, replaced.Approval, ImpliedConfidence, adoption.EvidenceDocumentId, adoption.EvidencePage, adoption.EvidenceText, adoption.EvidenceSha256));
            }
        }

        return links;
    }

    /// <summary>
    /// Whether an adopted policy's title covers an own policy's subject: most of each title's words are the other's
    /// ("Complaints and Concerns Policy" covers "Complaints Policy"), so a wider title does not swallow a narrow one
    /// ("Gluten-Free Prescribing Policy" does not cover "Prescribing Policy").
    /// </summary>
    private static bool Covers(HashSet<string> adopted, HashSet<string> own) =>
        own.Count > 0
        && Math.Max(SubjectWords.Covered(adopted, own), SubjectWords.Covered(own, adopted)) >= SameSubject
        && Math.Min(SubjectWords.Covered(adopted, own), SubjectWords.Covered(own, adopted)) >= PartlySameSubject;

    /// <summary>The adopter's own policies that <paramref name="matches"/>, each at the version in force just before the adoption.</summary>
    private IEnumerable<PolicyApproval> InForce(Decision adopter, Func<PolicyApproval, bool> matches) =>
        approvals
            .Where(a => adopter.Ccg is not null && string.Equals(a.Policy.Ccg, adopter.Ccg, StringComparison.OrdinalIgnoreCase))
            .Where(a => a.Policy.Policy.Reference is not null && (a.Approval.Date ?? a.Policy.Date) < adopter.Date && a.Approval.DecisionId != adopter.DecisionId)
            .Where(matches)
            .GroupBy(a => a.Policy.Policy.Reference!, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.OrderByDescending(a => a.Approval.Date ?? a.Policy.Date).First());

    private IEnumerable<Decision> AdoptersOfPolicyIn(string documentId, List<LineageEdge> adoptions)
    {
        var approval = approvals.FirstOrDefault(a => a.Policy.DocumentId == documentId)?.Approval.DecisionId;
        return approval is null
            ? []
            : adoptions.Where(e => e.To == approval).Select(e => byId.GetValueOrDefault(e.From)).OfType<Decision>();
    }

    /// <summary>Whether a phrase names a policy: most of the title's words, or its initials as a word ("PLCV").</summary>
    private static bool Names(string phrase, string title)
    {
        if (SubjectWords.Covered(SubjectWords.Of(title), SubjectWords.Of(phrase)) >= SameSubject)
        {
            return true;
        }

        var initials = SubjectWords.Initials(title);
        return initials.Length >= 2 && Regex.IsMatch(phrase, $@"\b{Regex.Escape(initials)}\b", RegexOptions.CultureInvariant);
    }

    private static string? After(string sentence)
    {
        var verb = Replacing().Match(sentence);
        return verb.Success ? sentence[(verb.Index + verb.Length)..] : null;
    }

    private static string Title(PolicyApproval policy) => policy.Policy.Policy.Title ?? policy.Policy.Title;

    private static LineageEdge Edge(Decision adopter, Decision replaced, double confidence, string documentId, int page, string text, string sha256) => new()
    {
        From = adopter.DecisionId,
        To = replaced.DecisionId,
        Type = LineageEdgeTypes.Supersedes,
        Method = "description",
        Confidence = confidence,
        EvidenceDocumentId = documentId,
        EvidencePage = page,
        EvidenceText = text,
        EvidenceSha256 = sha256,
    };

    [GeneratedRegex(@"\b(?:replac|supersed)\w*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Replacing();
}
