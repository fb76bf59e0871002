using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Blocks;
using static KnowledgeArchive.Extraction.Odt.OdfNames;

namespace KnowledgeArchive.Extraction.Odt;

/// <summary>
/// The blocks of an OpenDocument text (.odt, as LibreOffice, OpenOffice and many council and NHS systems write them)
/// in document order, read natively from the package: headings, list items with their printed numbers, paragraphs and
/// tables, split into pages where the word processor last laid them out; headers and footers kept apart; the title,
/// author and dates from its metadata. An encrypted package is reported as such, and a part that would expand beyond
/// <see cref="MaxPartBytes"/> is refused rather than read.
/// </summary>
public sealed class OdtExtractor : IDocumentExtractor
{
    /// <summary>The most any one XML part may expand to; more is a zip bomb or not a document.</summary>
    public const long MaxPartBytes = 256L * 1024 * 1024;

    private static readonly XmlReaderSettings Safe = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };

    public FileFormat Format => FileFormat.Odt;

    public string Version { get; } = "odt/2";

    public ExtractionResult Extract(string path, CancellationToken cancellationToken)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            return Read(zip, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or IOException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            return ExtractionResult.Fail(QuarantineReason.Corrupt($"the OpenDocument text cannot be read: {ex.Message}"));
        }
    }

    private static ExtractionResult Read(ZipArchive zip, CancellationToken cancellationToken)
    {
        if (OdfEncryption.IsEncrypted(zip, MaxPartBytes))
        {
            return ExtractionResult.Fail(QuarantineReason.Encrypted("the OpenDocument text is password-protected"));
        }

        if (zip.GetEntry("content.xml") is { } entry && entry.Length > MaxPartBytes)
        {
            return ExtractionResult.Fail(new QuarantineReason(QuarantineCodes.ZipBomb, $"the document's content expands to {entry.Length / (1024 * 1024)} MiB, more than the {MaxPartBytes / (1024 * 1024)} MiB allowed"));
        }

        var content = Load(zip, "content.xml");
        var body = content?.Root?.Element(Office + "body")?.Element(Office + "text");
        if (body is null)
        {
            return ExtractionResult.Fail(QuarantineReason.Corrupt("the package has no OpenDocument text body"));
        }

        var stylesPart = Load(zip, "styles.xml");
        var output = new DocumentAssembler();
        new OdtBodyWalker(output, new OdtStyles(stylesPart, content), cancellationToken).Walk(body);
        var (pages, blocks) = output.Finish();
        if (pages.All(p => p.Text.Length == 0))
        {
            return ExtractionResult.Fail(QuarantineReason.Empty("the OpenDocument text holds no text"));
        }

        var headersAndFooters = (stylesPart?.Descendants(Style + "master-page") ?? [])
            .SelectMany(m => m.Elements().Where(e => e.Name.Namespace == Style && (e.Name.LocalName.StartsWith("header", StringComparison.Ordinal) || e.Name.LocalName.StartsWith("footer", StringComparison.Ordinal))))
            .Select(e => TextCleaner.Clean(OdtBodyWalker.PlainText(e)))
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return ExtractionResult.Success(new ExtractedDocument(pages, blocks, OdfProperties.Of(Load(zip, "meta.xml")), headersAndFooters));
    }

    private static XDocument? Load(ZipArchive zip, string name)
    {
        if (zip.GetEntry(name) is not { } entry)
        {
            return null;
        }

        if (entry.Length > MaxPartBytes)
        {
            throw new InvalidDataException($"{name} expands to more than {MaxPartBytes / (1024 * 1024)} MiB");
        }

        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, Safe);
        return XDocument.Load(reader);
    }
}
