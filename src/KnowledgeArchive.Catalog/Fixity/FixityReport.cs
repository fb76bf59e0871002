namespace KnowledgeArchive.Catalog.Fixity;

/// <summary>The result of re-hashing every stored original against the SHA-256 recorded when it was ingested.</summary>
public sealed record FixityReport(int Checked, long BytesRead, IReadOnlyList<FixityProblem> Problems, TimeSpan Took)
{
    public bool Intact => Problems.Count == 0;
}

/// <summary>A document whose original is missing (<c>missing</c>) or no longer hashes to its recorded SHA-256 (<c>mismatch</c>).</summary>
public sealed record FixityProblem(string DocumentId, string Kind, string ExpectedSha256, string? ActualSha256);
