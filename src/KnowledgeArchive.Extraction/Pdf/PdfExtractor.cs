using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Pdf.Layout;
using KnowledgeArchive.Extraction.Blocks;
using KnowledgeArchive.Extraction.Ocr;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace KnowledgeArchive.Extraction.Pdf;

/// <summary>
/// A PDF's blocks in reading order, laid out from its words and rules (<see cref="PdfLayoutReader"/>), with its
/// properties. Pages that are only pictures (scans) are read by <paramref name="ocr"/>, each marked as read by OCR
/// and kept as a picture; without OCR a scanned PDF is quarantined with the reason. A password supplied for this
/// extraction (<see cref="ExtractionContext"/>) opens an encrypted PDF; OCR asked for reads every page as a scan.
/// </summary>
/// <remarks>
/// A first pass (<see cref="ExtractionRequest.SkipOcr"/>) looks at every page as a full read does, and stops where OCR
/// would begin: a PDF with scans to read answers <see cref="ExtractionResult.NeedsOcr"/> with their number, and the
/// second pass reads the whole file again, text pages too. Keeping the text pages instead would save little and risk
/// much: a page's words cost milliseconds against seconds for a page of OCR, while the layout is decided across all
/// pages at once (running headers, body size and heading levels, tables and paragraphs over page breaks), so the kept
/// pages would have to travel as raw words to whichever worker reads the scans, or pin a worker process per waiting
/// file. Read again, the final document is the one a single full read gives, by construction. Whatever a full read
/// would refuse before OCR (too many scans, no OCR here) the first pass answers the same, as final.
/// </remarks>
/// <param name="ocr">Reads scanned pages; null leaves them unread.</param>
public sealed class PdfExtractor(OcrEngine? ocr = null) : IDocumentExtractor
{
    public FileFormat Format => FileFormat.Pdf;

    public string Version { get; } = $"pdf/3 pdfpig/{ExtractorVersions.LibraryVersion(typeof(PdfDocument))}";

    public ExtractionResult Extract(string path, CancellationToken cancellationToken)
    {
        var request = ExtractionContext.Current;
        try
        {
            using var pdf = PdfDocument.Open(path, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, Password = request?.Password ?? string.Empty });
            return Read(pdf, path, request ?? new ExtractionRequest(path), cancellationToken);
        }
        catch (TooManyScannedPagesException ex)
        {
            return ExtractionResult.Fail(new QuarantineReason(QuarantineCodes.TooLarge, ex.Message));
        }
        catch (PdfDocumentEncryptedException ex)
        {
            return ExtractionResult.Fail(Locked(request, $"the PDF is password-protected ({ex.Message})"));
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            if (ex.Message.Contains("encrypt", StringComparison.OrdinalIgnoreCase) || ex.Message.Contains("password", StringComparison.OrdinalIgnoreCase))
            {
                return ExtractionResult.Fail(Locked(request, $"the PDF is encrypted and cannot be opened: {ex.Message}"));
            }

            return ExtractionResult.Fail(QuarantineReason.Corrupt($"the PDF cannot be parsed: {ex.Message}"));
        }
    }

    /// <summary>An encrypted PDF: when a password was supplied, the reason says it was the wrong one (never what it was).</summary>
    private static QuarantineReason Locked(ExtractionRequest? request, string detail) =>
        request?.Password is null
            ? QuarantineReason.Encrypted(detail + "; supply its password from the quarantine page")
            : QuarantineReason.Encrypted("the password did not open it: the PDF is still locked; check the password and supply it again");

    private ExtractionResult Read(PdfDocument pdf, string path, ExtractionRequest request, CancellationToken cancellationToken)
    {
        if (pdf.NumberOfPages == 0)
        {
            return ExtractionResult.Fail(QuarantineReason.Empty("the PDF has no pages"));
        }

        var reader = new PdfLayoutReader(Recogniser(path), ocr?.Options.PagesInParallel ?? 1, ocr?.Options.MaxPages ?? int.MaxValue)
        {
            ForceOcr = request.ForceOcr,
            SkipOcr = request.SkipOcr,
        };
        reader.Read(pdf, cancellationToken);
        if (reader.PagesLeftForOcr > 0)
        {
            return ExtractionResult.NeedsOcr(reader.PagesLeftForOcr);
        }

        var output = new DocumentAssembler();
        reader.Write(output, cancellationToken);
        var (pages, blocks) = output.Finish();
        if (pages.All(p => p.Text.Length == 0))
        {
            if (reader.FailedPages == pdf.NumberOfPages)
            {
                return ExtractionResult.Fail(QuarantineReason.Corrupt("no page of the PDF could be read"));
            }

            return Unread(reader, pdf.NumberOfPages);
        }

        var recognised = reader.Recognised;
        var marked = pages.Select(p => recognised.TryGetValue(p.Number, out var read) ? p with { Ocr = read.Ocr } : p).ToList();
        return ExtractionResult.Success(new ExtractedDocument(marked, blocks, PropertiesOf(pdf), reader.Running)
        {
            PageImages = recognised.Values.Select(r => r.Picture).OfType<PageImage>().ToList(),
        });
    }

    private ExtractionResult Unread(PdfLayoutReader reader, int pageCount)
    {
        if (!reader.ImagesSeen)
        {
            return ExtractionResult.Fail(QuarantineReason.Empty($"the PDF's {pageCount} page(s) hold no text"));
        }

        if (reader.UnreadScans > 0)
        {
            var why = ocr?.PdfProblem;
            return why is null
                ? ExtractionResult.Fail(QuarantineReason.NoTextLayer($"the PDF's {pageCount} page(s) are images with no text layer (scanned; needs OCR)"))
                : ExtractionResult.Fail(QuarantineReason.OcrUnavailable($"the PDF's {pageCount} page(s) are scanned images and cannot be read here: {why}"));
        }

        var failures = reader.Recognised.Values.Select(r => r.Ocr.Failure).OfType<string>().Distinct().ToList();
        return ExtractionResult.Fail(QuarantineReason.NoTextLayer(failures.Count > 0
            ? $"the PDF's {pageCount} page(s) are scanned images that OCR could not read: {failures[0]}"
            : $"the PDF's {pageCount} page(s) are scanned images in which OCR found no text"));
    }

    /// <summary>Reads a scanned page by OCR; null when OCR cannot run.</summary>
    private Func<ScannedPage, CancellationToken, RecognisedPage>? Recogniser(string path)
    {
        if (ocr is null || ocr.PdfProblem is not null)
        {
            return null;
        }

        return (page, cancellationToken) => ocr.ReadPdfPage(path, page, cancellationToken);
    }

    private static FileProperties PropertiesOf(PdfDocument pdf)
    {
        var info = pdf.Information;
        return new FileProperties(
            Title: TextCleaner.NullIfBlank(info.Title),
            Author: TextCleaner.NullIfBlank(info.Author),
            Subject: TextCleaner.NullIfBlank(info.Subject),
            Created: SafeDate(info.GetCreatedDateTimeOffset),
            Modified: SafeDate(info.GetModifiedDateTimeOffset));
    }

    private static DateTimeOffset? SafeDate(Func<DateTimeOffset?> read)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }
}
