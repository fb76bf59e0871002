using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Blocks;
using KnowledgeArchive.Extraction.Ocr;
using KnowledgeArchive.Extraction.Pdf.Layout;

namespace KnowledgeArchive.Extraction.Images;

/// <summary>
/// Reads a picture of pages (a photo or scan as PNG or JPEG, a fax as a multi-page TIFF) by OCR: each of its pages
/// is a page of the document, laid out into blocks like a PDF page. A picture too large to decode, with more pages
/// than OCR may read in one file, or on a machine without OCR is quarantined with that reason.
/// </summary>
/// <param name="format">The picture format this instance reads.</param>
/// <param name="ocr">The OCR engine; null quarantines every picture as unreadable here.</param>
public sealed class ImageExtractor(FileFormat format, OcrEngine? ocr) : IDocumentExtractor
{
    private const double PointsPerInch = 72;
    private const int AssumedDpi = 300;
    private const long MaxKeptPictureBytes = 8 * 1024 * 1024;

    public FileFormat Format => format;

    public ExtractionResult Extract(string path, CancellationToken cancellationToken)
    {
        if (ocr is null || ocr.Problem is not null)
        {
            return ExtractionResult.Fail(QuarantineReason.OcrUnavailable($"the {format.Description} can only be read by OCR, which cannot run here: {ocr?.Problem ?? "no OCR engine is configured"}"));
        }

        var header = PictureHeader.Read(path);
        if (header is null)
        {
            return ExtractionResult.Fail(QuarantineReason.Corrupt($"the {format.Description} has no header that can be read"));
        }

        if (header.Pages > ocr.Options.MaxPages)
        {
            return ExtractionResult.Fail(new QuarantineReason(QuarantineCodes.TooLarge, $"the {format.Description} holds {header.Pages:N0} pages, more than the {ocr.Options.MaxPages} OCR reads in one file (Archive:Ocr:MaxPages)"));
        }

        if (header.LargestPixels > ocr.Options.MaxPixels)
        {
            return ExtractionResult.Fail(new QuarantineReason(QuarantineCodes.TooLarge, $"the {format.Description} is {header.LargestPixels:N0} pixels, more than the {ocr.Options.MaxPixels:N0} OCR decodes (Archive:Ocr:MaxPixels)"));
        }

        IReadOnlyList<OcrPicture> pictures;
        try
        {
            ExtractionHeartbeat.Beat(header.Pages * ocr.Options.PageTimeout);
            pictures = ocr.Recognise(path, null, header.Pages * ocr.Options.PageTimeout, cancellationToken);
        }
        catch (TimeoutException ex)
        {
            return ExtractionResult.Fail(new QuarantineReason(QuarantineCodes.TimedOut, $"reading the {format.Description} by OCR: {ex.Message}"));
        }
        catch (OcrFailedException ex)
        {
            return ExtractionResult.Fail(QuarantineReason.Corrupt(ex.Message));
        }

        return Lay(path, pictures, cancellationToken);
    }

    private ExtractionResult Lay(string path, IReadOnlyList<OcrPicture> pictures, CancellationToken cancellationToken)
    {
        const double scale = PointsPerInch / AssumedDpi;
        var pages = pictures
            .Select(p => new RecognisedPage(p.Height * scale, OcrLayout.Words(p, scale, p.Height * scale, null), new PageOcr(Math.Round(p.MeanConfidence, 1), p.Words.Count, AssumedDpi), null))
            .ToList();
        if (pages.All(p => p.Words.Count == 0))
        {
            return ExtractionResult.Fail(QuarantineReason.NoTextLayer($"OCR found no text in the {format.Description}"));
        }

        var reader = new PdfLayoutReader();
        reader.Read(pages);
        var output = new DocumentAssembler();
        reader.Write(output, cancellationToken);
        var (texts, blocks) = output.Finish();
        var marked = texts.Select(t => t.Number <= pages.Count ? t with { Ocr = pages[t.Number - 1].Ocr } : t).ToList();
        return ExtractionResult.Success(new ExtractedDocument(marked, blocks, FileProperties.None, reader.Running)
        {
            PageImages = KeptPicture(path, pictures.Count),
        });
    }

    /// <summary>A single-page PNG or JPEG is its own page picture; browsers cannot show TIFF, so a fax keeps none.</summary>
    private IReadOnlyList<PageImage> KeptPicture(string path, int pageCount)
    {
        var browserShows = format == FileFormat.Png || format == FileFormat.Jpeg;
        return browserShows && pageCount == 1 && new FileInfo(path).Length <= MaxKeptPictureBytes
            ? [new PageImage(1, format.MediaType, File.ReadAllBytes(path))]
            : [];
    }
}
