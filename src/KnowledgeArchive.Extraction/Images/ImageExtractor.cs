using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Blocks;
using KnowledgeArchive.Extraction.Ocr;
using KnowledgeArchive.Extraction.Pdf.Layout;

namespace KnowledgeArchive.Extraction.Images;

/// <summary>
/// Reads a picture of pages (a photo or scan as PNG or JPEG, a fax as a multi-page TIFF) by OCR: each of its pages
/// is a page of the document, laid out into blocks like a PDF page. A picture too large to decode, with more pages
/// than OCR may read in one file, or on a machine without OCR is quarantined with that reason. A first pass
/// (<see cref="ExtractionRequest.SkipOcr"/>) reads only the header: a picture that would be read answers
/// <see cref="ExtractionResult.NeedsOcr"/> with its page count.
/// </summary>
/// <param name="format">The picture format this instance reads.</param>
/// <param name="ocr">The OCR engine; null quarantines every picture as unreadable here.</param>
public sealed class ImageExtractor(FileFormat format, OcrEngine? ocr) : IDocumentExtractor
{
    private const long MaxKeptPictureBytes = 8 * 1024 * 1024;

    public FileFormat Format => format;

    public string Version => $"{format.Name}/1 ocr/1";

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

        if (ExtractionContext.Current?.SkipOcr == true)
        {
            return ExtractionResult.NeedsOcr(Math.Max(1, header.Pages));
        }

        var pages = new List<RecognisedPage>();
        try
        {
            foreach (var decoded in PictureDecoder.Pages(path, format))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var read = ocr.ReadPicture(decoded.Picture, decoded.Dpi, cancellationToken);
                pages.Add(read with { Picture = KeptPicture(path, decoded, pages.Count + 1, header.Pages) });
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or NotSupportedException or EndOfStreamException)
        {
            return ExtractionResult.Fail(QuarantineReason.Corrupt($"the {format.Description} cannot be decoded: {ex.Message}"));
        }

        return Lay(pages, cancellationToken);
    }

    private ExtractionResult Lay(List<RecognisedPage> pages, CancellationToken cancellationToken)
    {
        if (pages.All(p => p.Words.Count == 0))
        {
            var failure = pages.Select(p => p.Ocr.Failure).OfType<string>().FirstOrDefault();
            return ExtractionResult.Fail(QuarantineReason.NoTextLayer(failure is null
                ? $"OCR found no text in the {format.Description}"
                : $"OCR could not read the {format.Description}: {failure}"));
        }

        var reader = new PdfLayoutReader();
        reader.Read(pages);
        var output = new DocumentAssembler();
        reader.Write(output, cancellationToken);
        var (texts, blocks) = output.Finish();
        var marked = texts.Select(t => t.Number <= pages.Count ? t with { Ocr = pages[t.Number - 1].Ocr } : t).ToList();
        return ExtractionResult.Success(new ExtractedDocument(marked, blocks, FileProperties.None, reader.Running)
        {
            PageImages = pages.Select(p => p.Picture).OfType<PageImage>().ToList(),
        });
    }

    /// <summary>
    /// The picture kept for readers: a single-page PNG or JPEG is its own; a page of a fax (browsers cannot show
    /// TIFF) is kept as a JPEG at about <see cref="Core.Configuration.OcrOptions.PictureDpi"/>.
    /// </summary>
    private PageImage? KeptPicture(string path, DecodedPage decoded, int number, int pageCount)
    {
        if ((format == FileFormat.Png || format == FileFormat.Jpeg) && pageCount == 1 && new FileInfo(path).Length <= MaxKeptPictureBytes)
        {
            return new PageImage(number, format.MediaType, File.ReadAllBytes(path));
        }

        return PagePicture.Jpeg(decoded.Picture, decoded.Dpi, ocr!.Options.PictureDpi, number);
    }
}
