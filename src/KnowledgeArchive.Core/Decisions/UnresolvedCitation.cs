namespace KnowledgeArchive.Core.Decisions;

/// <summary>A citation that resolves to no decision in the archive, or to several: a gap in the record, with where it occurs.</summary>
public sealed record UnresolvedCitation(Citation Citation, IReadOnlyList<string> Candidates)
{
    /// <summary>Why it is unresolved: <c>not_in_archive</c> or <c>ambiguous</c>.</summary>
    public string Reason => Candidates.Count == 0 ? "not_in_archive" : "ambiguous";
}
