using KnowledgeArchive.Core.Decisions;

namespace KnowledgeArchive.Core.Storage;

/// <summary>The resolved lineage of all decisions, replaced as a whole each time it is recomputed.</summary>
public interface ILineageStore
{
    /// <summary>Replaces the graph: its links, the citations left unresolved, and the decisions known only from citations.</summary>
    Task ReplaceAsync(IReadOnlyList<LineageEdge> edges, IReadOnlyList<UnresolvedCitation> unresolved, IReadOnlyList<Decision> cited, CancellationToken cancellationToken);

    /// <summary>The lineage of a decision, walked up to <paramref name="depth"/> links in both directions; null when there is no such decision.</summary>
    Task<LineageGraph?> WalkAsync(string decisionId, int depth, CancellationToken cancellationToken);

    Task<IReadOnlyList<UnresolvedCitation>> UnresolvedAsync(CancellationToken cancellationToken);
}
