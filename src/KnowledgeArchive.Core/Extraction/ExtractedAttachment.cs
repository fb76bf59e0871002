namespace KnowledgeArchive.Core.Extraction;

/// <summary>A file attached to a container (an email), written out to be ingested as a document of its own.</summary>
/// <param name="FileName">The name the sender gave it (made safe for a file name).</param>
/// <param name="Path">Where its bytes were written (inside the request's <see cref="ExtractionRequest.AttachmentsDirectory"/>).</param>
/// <param name="SizeBytes">Its size.</param>
public sealed record ExtractedAttachment(string FileName, string Path, long SizeBytes);
