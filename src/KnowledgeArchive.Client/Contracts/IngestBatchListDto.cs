namespace KnowledgeArchive.Client.Contracts;

/// <summary>Batches, newest first.</summary>
public sealed record IngestBatchListDto(IReadOnlyList<IngestBatchDto> Items);
