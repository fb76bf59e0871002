using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Core.Enrichment;
using KnowledgeArchive.Core.Security;

namespace KnowledgeArchive.Core.Storage;

/// <summary>The record of truth: one row per distinct original, with its pages of text. The search index is derived from it.</summary>
public interface IDocumentCatalog
{
    /// <summary>Adds a new record; returns false (and changes nothing) when a record with that id already exists.</summary>
    Task<bool> TryAddAsync(DocumentRecord record, CancellationToken cancellationToken);

    /// <summary>Replaces a record, its pages and what enrichment read from it (decisions, citations, policy facts) in one transaction.</summary>
    Task SaveAsync(DocumentRecord record, IReadOnlyList<PageText> pages, EnrichmentResult? enrichment, CancellationToken cancellationToken);

    /// <summary>
    /// Saves several entries as <see cref="SaveAsync"/> does and amends other records (restricts papers, sets CCGs and
    /// ICBs), all in one transaction (one disk sync for a whole group), then runs <paramref name="publish"/> (showing
    /// searches the same documents). Readers of records, lists and batch outcomes are shown what was saved only once
    /// <paramref name="publish"/> has run, so whoever sees a document indexed finds it in a search at once. Every record
    /// saved or amended takes the next sequence of the change feed (<see cref="ICatalogFeed"/>) in the same transaction;
    /// the span of sequences taken is returned.
    /// </summary>
    Task<SequenceSpan> SaveAllAsync(IReadOnlyList<CatalogEntry> entries, CatalogAmendments amendments, Action publish, CancellationToken cancellationToken);

    /// <summary>Every indexed document's organisation with its CCG and ICB, and every organisation fact read.</summary>
    Task<OrganisationKnowledge> OrganisationKnowledgeAsync(CancellationToken cancellationToken);

    /// <summary>A record by id, whatever its sensitivity: for the archive's own work, never for a caller's request.</summary>
    Task<DocumentRecord?> FindAsync(string documentId, CancellationToken cancellationToken);

    /// <summary>A record by id if <paramref name="scope"/> may see it; null when there is none or it is hidden (so a hidden one looks absent).</summary>
    Task<DocumentRecord?> FindAsync(string documentId, RecordScope scope, CancellationToken cancellationToken);

    /// <summary>Indexed records of one meeting (its minutes and papers), whatever their sensitivity: for the archive's own work.</summary>
    Task<IReadOnlyList<DocumentRecord>> ListMeetingAsync(Meeting meeting, CancellationToken cancellationToken);

    Task<DocumentRecord?> FindBySha256Async(string sha256, CancellationToken cancellationToken);

    Task<DocumentList> ListAsync(DocumentQuery query, CancellationToken cancellationToken);

    Task<PageText?> GetPageAsync(string documentId, int pageNumber, CancellationToken cancellationToken);

    /// <summary>Records the files attached to a document (an email), replacing what was recorded before.</summary>
    Task SaveAttachmentsAsync(string documentId, IReadOnlyList<DocumentAttachment> attachments, CancellationToken cancellationToken);

    /// <summary>The files attached to a document that <paramref name="scope"/> may see, in order.</summary>
    Task<IReadOnlyList<DocumentAttachment>> GetAttachmentsAsync(string documentId, RecordScope scope, CancellationToken cancellationToken);

    /// <summary>The documents (emails) a document was attached to that <paramref name="scope"/> may see.</summary>
    Task<IReadOnlyList<AttachedTo>> GetAttachedToAsync(string documentId, RecordScope scope, CancellationToken cancellationToken);

    /// <summary>The kept picture of a page read by OCR; null when the page has none.</summary>
    Task<PageImage?> GetPageImageAsync(string documentId, int pageNumber, CancellationToken cancellationToken);

    /// <summary>The numbers of a document's pages that have a kept picture.</summary>
    Task<IReadOnlySet<int>> PagesWithImagesAsync(string documentId, CancellationToken cancellationToken);

    Task<IReadOnlyList<PageText>> GetPagesAsync(string documentId, CancellationToken cancellationToken);

    /// <summary>Ids of every record with this status, oldest first (used at start-up to finish interrupted work).</summary>
    Task<IReadOnlyList<string>> ListIdsAsync(DocumentStatus status, CancellationToken cancellationToken);

    /// <summary>Ids of indexed or quarantined documents last processed by another version than <paramref name="currentVersion"/> gives for their format.</summary>
    Task<IReadOnlyList<string>> ListProcessedByOtherVersionsAsync(Func<FileFormat, string> currentVersion, CancellationToken cancellationToken);

    /// <summary>Checks the store can be read and written; used by <c>/health</c>.</summary>
    Task<bool> IsHealthyAsync(CancellationToken cancellationToken);
}
