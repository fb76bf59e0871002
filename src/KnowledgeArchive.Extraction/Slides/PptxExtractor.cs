using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Blocks;
using P = DocumentFormat.OpenXml.Presentation;

namespace KnowledgeArchive.Extraction.Slides;

/// <summary>
/// A PowerPoint deck (.pptx), one page a slide in the order the deck shows them, hidden slides included: each slide's
/// title, text, lists and tables (<see cref="PptxSlideWalker"/>) and then its speaker notes; footers, dates and slide
/// numbers kept apart; the deck's own properties. Password-protected decks are OLE files, refused before they reach here.
/// </summary>
public sealed class PptxExtractor : IDocumentExtractor
{
    private readonly PresentationLimits limits;

    public PptxExtractor()
        : this(PresentationLimits.Default)
    {
    }

    internal PptxExtractor(PresentationLimits limits) => this.limits = limits;

    public FileFormat Format => FileFormat.Pptx;

    public string Version { get; } = $"pptx/1 openxml/{ExtractorVersions.LibraryVersion(typeof(PresentationDocument))}";

    public ExtractionResult Extract(string path, CancellationToken cancellationToken)
    {
        try
        {
            using (var zip = ZipFile.OpenRead(path))
            {
                if (PackageParts.Oversized(zip, limits.MaxPartBytes) is { } oversized)
                {
                    return ExtractionResult.Fail(oversized);
                }
            }

            var settings = new OpenSettings { AutoSave = false, MaxCharactersInPart = limits.MaxPartBytes };
            using var document = PresentationDocument.Open(path, isEditable: false, settings);
            return Read(document, cancellationToken);
        }
        catch (PresentationLimitException ex)
        {
            return ExtractionResult.Fail(ex.Reason);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException
            or InvalidOperationException or IOException or ArgumentException or NotSupportedException)
        {
            return ExtractionResult.Fail(QuarantineReason.Corrupt($"the PowerPoint presentation cannot be read: {ex.Message}"));
        }
    }

    private ExtractionResult Read(PresentationDocument document, CancellationToken cancellationToken)
    {
        var presentation = document.PresentationPart;
        if (presentation?.Presentation is null)
        {
            return ExtractionResult.Fail(QuarantineReason.Corrupt("the package has no PowerPoint presentation part"));
        }

        var slideIds = presentation.Presentation.SlideIdList?.Elements<P.SlideId>().ToList() ?? [];
        if (slideIds.Count > limits.MaxSlides)
        {
            return ExtractionResult.Fail(PresentationRefusals.TooManySlides(slideIds.Count, limits.MaxSlides));
        }

        var output = new DocumentAssembler();
        var slides = new SlideWriter(output, limits);
        var walker = new PptxSlideWalker(slides, limits, cancellationToken);
        foreach (var id in slideIds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            slides.BeginSlide();

            // A slide whose part is missing keeps its page, empty, so later slides keep their numbers.
            if (id.RelationshipId?.Value is { } relationship
                && presentation.TryGetPartById(relationship, out var part)
                && part is SlidePart slide)
            {
                walker.Walk(slide);
            }
        }

        var (pages, blocks) = output.Finish();
        if (pages.All(p => p.Text.Length == 0))
        {
            return ExtractionResult.Fail(PresentationRefusals.NoText(slideIds.Count));
        }

        return ExtractionResult.Success(new ExtractedDocument(pages, blocks, OpenXmlProperties.Of(document), slides.Running));
    }
}
