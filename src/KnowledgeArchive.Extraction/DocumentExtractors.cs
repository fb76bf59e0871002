using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Doc;
using KnowledgeArchive.Extraction.Docx;
using KnowledgeArchive.Extraction.Odt;
using KnowledgeArchive.Extraction.Pdf;

namespace KnowledgeArchive.Extraction;

/// <summary>
/// The one list of the formats the archive reads, an extractor for each: the service, the isolated extraction worker
/// and the tests all take it from here.
/// </summary>
public static class DocumentExtractors
{
    public static IReadOnlyList<IDocumentExtractor> Create() =>
    [
        new PdfExtractor(),
        new DocxExtractor(),
        new DocExtractor(),
        new OdtExtractor(),
    ];
}
