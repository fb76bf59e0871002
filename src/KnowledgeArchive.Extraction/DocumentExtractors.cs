using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Doc;
using KnowledgeArchive.Extraction.Docx;
using KnowledgeArchive.Extraction.Images;
using KnowledgeArchive.Extraction.Mail;
using KnowledgeArchive.Extraction.Ocr;
using KnowledgeArchive.Extraction.Odt;
using KnowledgeArchive.Extraction.Pdf;
using KnowledgeArchive.Extraction.Rtf;
using KnowledgeArchive.Extraction.Sheets;
using KnowledgeArchive.Extraction.Slides;
using KnowledgeArchive.Extraction.TextFiles;

namespace KnowledgeArchive.Extraction;

/// <summary>
/// The one list of the formats the archive reads, an extractor for each: the service, the isolated extraction worker
/// and the tests all take it from here.
/// </summary>
public static class DocumentExtractors
{
    /// <param name="ocr">Reads scanned pages and pictures; null leaves them unread (quarantined with the reason).</param>
    public static IReadOnlyList<IDocumentExtractor> Create(OcrEngine? ocr = null) =>
    [
        new PdfExtractor(ocr),
        new DocxExtractor(),
        new DocExtractor(),
        new OdtExtractor(),
        new EmlExtractor(),
        new MsgExtractor(),
        new TextExtractor(),
        new HtmlExtractor(),
        new XlsxExtractor(),
        new OdsExtractor(),
        new XlsExtractor(),
        new PptxExtractor(),
        new OdpExtractor(),
        new RtfExtractor(),
        new ImageExtractor(FileFormat.Png, ocr),
        new ImageExtractor(FileFormat.Jpeg, ocr),
        new ImageExtractor(FileFormat.Tiff, ocr),
        new ImageExtractor(FileFormat.Image, ocr),
    ];
}
