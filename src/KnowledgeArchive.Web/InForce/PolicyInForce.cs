using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Enrichment.Organisations;
using KnowledgeArchive.Language;

namespace KnowledgeArchive.Web.InForce;

/// <summary>
/// What was in force on a date for a subject and area: the latest version, approved on or before the date, of the
/// policies on that subject that apply to the area (the area's own, else those of its ICB or joint committee), and
/// the decision that approved it. Two different policies in force at once for one area are reported as a conflict.
/// </summary>
public sealed class PolicyInForce(IDecisionStore store, IOrganisationDirectorySource directory, Wording wording)
{
    public async Task<InForceResult> FindAsync(string subject, string area, DateOnly on, RecordScope scope, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        ArgumentException.ThrowIfNullOrWhiteSpace(area);
        var words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('-', ',').ToLowerInvariant()).Where(w => w.Length > 0).ToList();
        // "North Marsh" names the CCG as well as "NHS North Marsh CCG" does.
        var known = directory.Current;
        var gazetteer = known.Register.With(known.Learned);
        var organisation = gazetteer.FindIn(area).FirstOrDefault()?.Organisation ?? gazetteer.FindPlacesIn(area).FirstOrDefault();
        var areaName = organisation?.Name ?? area.Trim();
        var icb = organisation is null ? null : known.IcbOf(organisation.Name)?.Name;

        var policies = (await store.AllPoliciesAsync(scope, cancellationToken))
            .Where(p => words.All(w => p.Title.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .Where(p => (p.Policy.ApprovedOn ?? p.Date) is { } approved && approved <= on)
            .ToList();
        var own = policies.Where(p => Same(p.Ccg, areaName) || (p.Ccg is null && Same(p.Icb, areaName))).ToList();
        var shared = policies.Where(p => p.Ccg is null && icb is not null && Same(p.Icb, icb)).ToList();
        var applicable = own.Count > 0 ? own : shared;

        // Per policy reference, the latest version approved by the date.
        var current = applicable
            .GroupBy(p => p.Policy.Reference ?? p.DocumentId, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.OrderByDescending(p => p.Policy.ApprovedOn ?? p.Date).ThenByDescending(p => Version(p.Policy.Version)).First())
            .OrderByDescending(p => p.Policy.ApprovedOn ?? p.Date)
            .ToList();
        if (current.Count == 0)
        {
            return new InForceResult(areaName, on, null, null, []);
        }

        var inForce = current[0];
        return new InForceResult(areaName, on, inForce, await ApprovingDecisionAsync(inForce, scope, cancellationToken), current.Skip(1).ToList());
    }

    private async Task<Decision?> ApprovingDecisionAsync(PolicyDocument policy, RecordScope scope, CancellationToken cancellationToken)
    {
        var approvedBy = policy.Policy.ApprovedBy ?? string.Empty;
        var reference = wording.References.FindAll(approvedBy).FirstOrDefault(r => !r.NumbersOnly)?.Text;
        if (reference is not null)
        {
            var byReference = (await store.SearchAsync(new DecisionQuery { Reference = reference, PageSize = 50, Scope = scope }, cancellationToken)).Items
                .Where(d => Same(d.Ccg ?? d.Icb, policy.Ccg ?? policy.Icb))
                .ToList();
            if (byReference.Count == 1)
            {
                return byReference[0];
            }
        }

        if (policy.Policy.ApprovedOn is not { } date)
        {
            return null;
        }

        var sameDay = (await store.SearchAsync(new DecisionQuery { From = date, To = date, Outcome = DecisionOutcomes.Approved, PageSize = 100, Scope = scope }, cancellationToken)).Items
            .Where(d => Same(d.Ccg ?? d.Icb, policy.Ccg ?? policy.Icb))
            .Where(d => TitleWords(policy.Title).Count(w => d.Text.Contains(w, StringComparison.OrdinalIgnoreCase)) >= 2)
            .ToList();
        return sameDay.Count == 1 ? sameDay[0] : null;
    }

    private static IEnumerable<string> TitleWords(string title) =>
        title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3 && !w.Equals("policy", StringComparison.OrdinalIgnoreCase));

    private static decimal Version(string? version) =>
        decimal.TryParse(version, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : 0;

    private static bool Same(string? a, string? b) =>
        a is not null && b is not null && OrganisationNames.Normalise(a) == OrganisationNames.Normalise(b);
}

/// <summary>The answer: the policy version in force (or none), the decision that approved it, and any other policy on the subject in force at once.</summary>
public sealed record InForceResult(string Area, DateOnly On, PolicyDocument? Policy, Decision? ApprovedBy, IReadOnlyList<PolicyDocument> AlsoInForce);
