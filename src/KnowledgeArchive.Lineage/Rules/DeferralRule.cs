using KnowledgeArchive.Core.Decisions;

namespace KnowledgeArchive.Lineage.Rules;

/// <summary>
/// A deferred item taken up again by the same body: found from the deferral forwards (the next decision on its
/// subject), or from the later decision back (it says it follows a deferral whose minutes are not held).
/// </summary>
internal sealed class DeferralRule : ILineageRule
{
    public string Name => "deferral";

    public string Explanation => "inferred from a deferral followed by the same body's decision on the same subject";

    public IEnumerable<LineageEdge> Find(LineageWork work) =>
        [.. CitedDeferrals.Link(work), .. Deferrals.Link(work.Pool, work.Sha256Of, work.Wording.Dates)];
}
