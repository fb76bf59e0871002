using KnowledgeArchive.Core.Decisions;

namespace KnowledgeArchive.Lineage.Rules;

/// <summary>Resolves the citations a decision makes, of one kind, against every decision held or known.</summary>
internal static class Citations
{
    public static IReadOnlyList<LineageEdge> Resolve(LineageWork work, Func<Citation, bool> kind)
    {
        var (edges, unresolved) = LineageResolver.Resolve(work.Pool, work.Unused.Where(c => kind(c.Citation)).Select(c => (c.Citation, c.Sha256)).ToList());
        work.AddUnresolved(unresolved);
        return edges;
    }
}
