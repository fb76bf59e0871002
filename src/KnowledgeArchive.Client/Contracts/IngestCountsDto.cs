namespace KnowledgeArchive.Client.Contracts;

/// <summary>Outcomes of a batch's files: <see cref="Total"/> is always the sum of the others.</summary>
public sealed record IngestCountsDto(int Total, int Indexed, int Duplicate, int Quarantined, int Skipped, int Pending);
