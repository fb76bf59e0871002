using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Core.Extraction;

/// <summary>Extracts text from one format. A new format is a new implementation plus one registration line.</summary>
/// <remarks>Implementations report bad files as a failed <see cref="ExtractionResult"/> (a data error), and check the token between pages so a time limit can stop them.</remarks>
public interface IDocumentExtractor
{
    FileFormat Format { get; }

    /// <summary>
    /// Names this extractor's rules (and the parser library it uses); changed whenever what it reads from a file
    /// changes, so documents of this format, and only those, are read again from their stored originals.
    /// </summary>
    string Version { get; }

    ExtractionResult Extract(string path, CancellationToken cancellationToken);
}
