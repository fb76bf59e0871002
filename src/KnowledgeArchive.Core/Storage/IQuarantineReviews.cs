using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Core.Storage;

/// <summary>Reviews of quarantined documents, one per document, kept apart from the record so re-reading it never loses one.</summary>
public interface IQuarantineReviews
{
    /// <summary>The review of <paramref name="documentId"/>; null when it has none.</summary>
    Task<QuarantineReview?> FindAsync(string documentId, CancellationToken cancellationToken);

    /// <summary>Records a review, in place of any earlier one of the same document.</summary>
    Task SaveAsync(QuarantineReview review, CancellationToken cancellationToken);

    /// <summary>Forgets the review of a document that is being read again: its outcome will need accounting for afresh.</summary>
    Task ClearAsync(string documentId, CancellationToken cancellationToken);
}
