using KnowledgeArchive.Generator.Model;

namespace KnowledgeArchive.Generator.Writers;

/// <summary>Writes a <see cref="DocumentSpec"/> as a file of one format.</summary>
public interface IDocumentWriter
{
    /// <summary>The extension, with its dot, that files of this format carry.</summary>
    string Extension { get; }

    void Write(DocumentSpec spec, Stream output);
}
