namespace KnowledgeArchive.Client.Contracts;

/// <summary>A fixity check: every stored original re-hashed; <see cref="Ok"/> when none is missing or changed.</summary>
public sealed record FixityReportDto(bool Ok, int Checked, long BytesRead, double Seconds, IReadOnlyList<FixityProblemDto> Problems);
