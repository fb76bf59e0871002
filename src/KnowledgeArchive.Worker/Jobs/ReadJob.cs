using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Worker.Jobs;

/// <summary>
/// A document handed to a worker to read: its original is in the shared store under <see cref="Sha256"/>. A job may be
/// delivered more than once (a worker killed before it said it was done); each delivery of one job reads the same
/// bytes to the same result, kept under the SHA-256 and <see cref="JobId"/>.
/// </summary>
/// <param name="JobId">This hand-out of the document (a new one each time the service queues it).</param>
/// <param name="DocumentId">The document's id.</param>
/// <param name="Sha256">The original's SHA-256, its key in the shared store.</param>
/// <param name="FileName">The file's name, which enrichment reads too.</param>
/// <param name="Defaults">What was known of the document before it was read (a sensitivity from its source or name).</param>
public sealed record ReadJob(string JobId, string DocumentId, string Sha256, string FileName, DocumentMetadata Defaults);
