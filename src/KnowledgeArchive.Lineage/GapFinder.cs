using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Storage;

namespace KnowledgeArchive.Lineage;

/// <summary>
/// Gaps that are not broken citations: two different policies on one subject in force for one organisation at once.
/// (A deferral never taken up is one with no <c>defers_to</c> link in the graph; see <see cref="Deferrals"/>.)
/// </summary>
public static class GapFinder
{
    /// <summary>Pairs of policies with the same name but different references, both in force for one organisation at one time.</summary>
    public static IReadOnlyList<(PolicyDocument First, PolicyDocument Second)> ConflictingPolicies(IReadOnlyList<PolicyDocument> policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        var conflicts = new List<(PolicyDocument, PolicyDocument)>();
        var groups = policies
            .Where(p => p.Policy.Reference is not null && (p.Policy.Title ?? p.Title).Length > 0)
            .GroupBy(p => ((p.Ccg ?? p.Icb ?? string.Empty).ToUpperInvariant(), Name(p)));
        foreach (var group in groups)
        {
            // The latest version of each reference stands until nothing replaces it.
            var latest = group.GroupBy(p => p.Policy.Reference!, StringComparer.OrdinalIgnoreCase)
                .Select(g => g.OrderByDescending(p => p.Policy.ApprovedOn ?? p.Date).First())
                .OrderBy(p => p.Policy.Reference, StringComparer.OrdinalIgnoreCase)
                .ToList();
            for (var i = 0; i < latest.Count; i++)
            {
                for (var j = i + 1; j < latest.Count; j++)
                {
                    conflicts.Add((latest[i], latest[j]));
                }
            }
        }

        return conflicts;
    }

    private static string Name(PolicyDocument policy) =>
        string.Join(' ', (policy.Policy.Title ?? policy.Title).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != "policy"));
}
