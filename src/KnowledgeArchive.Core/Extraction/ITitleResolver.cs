namespace KnowledgeArchive.Core.Extraction;

/// <summary>Chooses a document's title: its properties when sensible, else its first heading or line, else its file name.</summary>
public interface ITitleResolver
{
    string Resolve(ExtractedDocument document, string fileName);
}
