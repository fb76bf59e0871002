namespace KnowledgeArchive.Client.Contracts;

/// <summary>Service health: <c>healthy</c> when the index and catalog are usable.</summary>
public sealed record HealthDto(string Status, int IndexedDocuments, int PendingDocuments);
