using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Core.Extraction;

/// <summary>Tells a file's format from its content (magic bytes and, for zip containers, their entries), never its name.</summary>
public interface IFormatDetector
{
    FileFormat Detect(string path);
}
