using DocumentFormat.OpenXml.Packaging;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Blocks;

namespace KnowledgeArchive.Extraction.Docx;

/// <summary>
/// The blocks of a .docx in document order (headings, list items with their numbers, paragraphs, tables), split into
/// pages at the page breaks Word recorded (<c>w:lastRenderedPageBreak</c>, explicit page breaks, page-break-before);
/// headers and footers are kept apart.
/// </summary>
public sealed class DocxExtractor : IDocumentExtractor
{
    public FileFormat Format => FileFormat.Docx;

    public string Version { get; } = $"docx/3 openxml/{ExtractorVersions.LibraryVersion(typeof(DocumentFormat.OpenXml.Packaging.WordprocessingDocument))}";

    public ExtractionResult Extract(string path, CancellationToken cancellationToken)
    {
        try
        {
            using var document = WordprocessingDocument.Open(path, isEditable: false, new OpenSettings { AutoSave = false });
            return Read(document, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException or InvalidOperationException or IOException or ArgumentException or NotSupportedException)
        {
            return ExtractionResult.Fail(QuarantineReason.Corrupt($"the Word document cannot be read: {ex.Message}"));
        }
    }

    private static ExtractionResult Read(WordprocessingDocument document, CancellationToken cancellationToken)
    {
        var main = document.MainDocumentPart;
        var body = main?.Document?.Body;
        if (main is null || body is null)
        {
            return ExtractionResult.Fail(QuarantineReason.Corrupt("the package has no Word document body"));
        }

        var output = new DocumentAssembler();
        var styles = new DocxStyles(SafeRead(() => main.StyleDefinitionsPart?.Styles));
        var numbering = new DocxNumbering(SafeRead(() => main.NumberingDefinitionsPart?.Numbering));
        new DocxBodyWalker(output, styles, numbering, cancellationToken).Walk(body);
        var (pages, blocks) = output.Finish();
        if (pages.All(p => p.Text.Length == 0))
        {
            return ExtractionResult.Fail(QuarantineReason.Empty("the Word document holds no text"));
        }

        var headersAndFooters = main.HeaderParts.Select(h => h.Header)
            .Concat<DocumentFormat.OpenXml.OpenXmlElement?>(main.FooterParts.Select(f => f.Footer))
            .Where(e => e is not null)
            .Select(e => TextCleaner.Clean(DocxBodyWalker.PlainText(e!)))
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();

        return ExtractionResult.Success(new ExtractedDocument(pages, blocks, OpenXmlProperties.Of(document), headersAndFooters));
    }

    /// <summary>Styles and numbering only help to read the text: broken ones must not cost it.</summary>
    private static T? SafeRead<T>(Func<T?> read)
        where T : class
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is System.Xml.XmlException or InvalidOperationException or OpenXmlPackageException or FormatException or IOException)
        {
            return null;
        }
    }
}
