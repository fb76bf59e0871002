namespace KnowledgeArchive.Client.Contracts;

/// <summary>Service health: <c>healthy</c> when the index and catalog are usable.</summary>
public sealed record HealthDto(string Status, int IndexedDocuments, int PendingDocuments)
{
    /// <summary>The catalog sequence this node's searches reflect (see <see cref="SearchResponseDto.CatalogSequence"/>).</summary>
    public long CatalogSequence { get; init; }

    /// <summary>The catalog's latest sequence: a node whose <see cref="CatalogSequence"/> is below it is still catching up.</summary>
    public long CatalogLatest { get; init; }

    /// <summary>Pages waiting for OCR across the archive (queued or being read), of the documents this node reads itself.</summary>
    public int PagesAwaitingOcr { get; init; }

    /// <summary><c>All</c> (takes documents in and serves everything) or <c>Search</c> (reads and search only).</summary>
    public string Role { get; init; } = "All";
}
