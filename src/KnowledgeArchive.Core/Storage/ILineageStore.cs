using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Security;

namespace KnowledgeArchive.Core.Storage;

/// <summary>
/// The resolved lineage of all decisions, replaced as a whole each time it is recomputed. Every read takes the
/// caller's <see cref="RecordScope"/>: a decision of a restricted document (or known only from one) and a link
/// whose evidence is a restricted document are absent for a caller who may not see them, so no walk passes through them.
/// </summary>
public interface ILineageStore
{
    /// <summary>Replaces the graph: its links, the citations left unresolved, and the decisions known only from citations.</summary>
    Task ReplaceAsync(IReadOnlyList<LineageEdge> edges, IReadOnlyList<UnresolvedCitation> unresolved, IReadOnlyList<Decision> cited, CancellationToken cancellationToken);

    /// <summary>The lineage of a decision, walked up to <paramref name="depth"/> links in both directions; null when there is no such decision.</summary>
    Task<LineageGraph?> WalkAsync(string decisionId, int depth, RecordScope scope, CancellationToken cancellationToken);

    Task<IReadOnlyList<UnresolvedCitation>> UnresolvedAsync(RecordScope scope, CancellationToken cancellationToken);

    /// <summary>A decision by id, in the archive or known only from citations; null when there is none.</summary>
    Task<Decision?> NodeAsync(string decisionId, RecordScope scope, CancellationToken cancellationToken);

    /// <summary>The links touching a decision.</summary>
    Task<IReadOnlyList<LineageEdge>> EdgesOfAsync(string decisionId, RecordScope scope, CancellationToken cancellationToken);

    /// <summary>
    /// Decisions (in the archive or known only from citations) of an organisation (a CCG by name; an ICB for its own and
    /// its joint committees' decisions), or of any organisation when null, whose subject or sentence has one of
    /// <paramref name="words"/> (any decision when there are none); at most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<Decision>> CandidatesAsync(string? ccg, string? icb, IReadOnlyList<string> words, int limit, RecordScope scope, CancellationToken cancellationToken);
}
