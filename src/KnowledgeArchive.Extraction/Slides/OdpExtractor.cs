using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Blocks;
using KnowledgeArchive.Extraction.Odt;
using static KnowledgeArchive.Extraction.Odt.OdfNames;

namespace KnowledgeArchive.Extraction.Slides;

/// <summary>
/// An OpenDocument presentation (.odp), one page a slide (<c>draw:page</c>) in order, hidden slides included: each
/// slide's title, text, lists and tables (<see cref="OdpPageWalker"/>) and then its speaker notes; footers, dates and
/// page numbers kept apart; the package's own properties. Password-protected packages are refused as encrypted.
/// </summary>
public sealed class OdpExtractor : IDocumentExtractor
{
    private readonly PresentationLimits limits;
    private readonly XmlReaderSettings safe;

    public OdpExtractor()
        : this(PresentationLimits.Default)
    {
    }

    internal OdpExtractor(PresentationLimits limits)
    {
        this.limits = limits;
        safe = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            MaxCharactersInDocument = limits.MaxPartBytes,
        };
    }

    public FileFormat Format => FileFormat.Odp;

    public string Version { get; } = "odp/1";

    public ExtractionResult Extract(string path, CancellationToken cancellationToken)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            return Read(zip, cancellationToken);
        }
        catch (PresentationLimitException ex)
        {
            return ExtractionResult.Fail(ex.Reason);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or IOException
            or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            return ExtractionResult.Fail(QuarantineReason.Corrupt($"the OpenDocument presentation cannot be read: {ex.Message}"));
        }
    }

    private ExtractionResult Read(ZipArchive zip, CancellationToken cancellationToken)
    {
        if (PackageParts.Oversized(zip, limits.MaxPartBytes) is { } oversized)
        {
            return ExtractionResult.Fail(oversized);
        }

        if (OdfEncryption.IsEncrypted(zip, limits.MaxPartBytes))
        {
            return ExtractionResult.Fail(QuarantineReason.Encrypted("the OpenDocument presentation is password-protected"));
        }

        var content = Load(zip, "content.xml");
        var body = content?.Root?.Element(Office + "body")?.Element(Office + "presentation");
        if (content is null || body is null)
        {
            return ExtractionResult.Fail(QuarantineReason.Corrupt("the package has no OpenDocument presentation body"));
        }

        var pages = body.Elements(Draw + "page").ToList();
        if (pages.Count > limits.MaxSlides)
        {
            return ExtractionResult.Fail(PresentationRefusals.TooManySlides(pages.Count, limits.MaxSlides));
        }

        var output = new DocumentAssembler();
        var slides = new SlideWriter(output, limits);
        var numbers = new OdtListNumbers(new OdtStyles(StylesOf(zip), content));
        var walker = new OdpPageWalker(slides, new OdpTextWriter(slides, numbers, limits), limits, cancellationToken);
        foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            slides.BeginSlide();
            walker.Walk(page);
        }

        var (texts, blocks) = output.Finish();
        if (texts.All(p => p.Text.Length == 0))
        {
            return ExtractionResult.Fail(PresentationRefusals.NoText(pages.Count));
        }

        return ExtractionResult.Success(new ExtractedDocument(texts, blocks, PropertiesOf(zip), slides.Running));
    }

    /// <summary>Styles only label list items, and properties only describe the file: broken ones must not cost the slides' text.</summary>
    private XDocument? StylesOf(ZipArchive zip) => LoadOrNull(zip, "styles.xml");

    private FileProperties PropertiesOf(ZipArchive zip) => OdfProperties.Of(LoadOrNull(zip, "meta.xml"));

    private XDocument? LoadOrNull(ZipArchive zip, string name)
    {
        try
        {
            return Load(zip, name);
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException or IOException)
        {
            return null;
        }
    }

    private XDocument? Load(ZipArchive zip, string name)
    {
        if (zip.GetEntry(name) is not { } entry)
        {
            return null;
        }

        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, safe);
        return XDocument.Load(reader);
    }
}
