using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace KnowledgeArchive.Extraction.Pdf;

/// <summary>Text per PDF page, in reading order, with PdfPig's <see cref="ContentOrderTextExtractor"/>.</summary>
public sealed class PdfExtractor : IDocumentExtractor
{
    public FileFormat Format => FileFormat.Pdf;

    public ExtractionResult Extract(string path, CancellationToken cancellationToken)
    {
        try
        {
            using var pdf = PdfDocument.Open(path, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            return Read(pdf, cancellationToken);
        }
        catch (PdfDocumentEncryptedException ex)
        {
            return ExtractionResult.Fail(QuarantineReason.Encrypted($"the PDF is password-protected ({ex.Message})"));
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            if (ex.Message.Contains("encrypt", StringComparison.OrdinalIgnoreCase) || ex.Message.Contains("password", StringComparison.OrdinalIgnoreCase))
            {
                return ExtractionResult.Fail(QuarantineReason.Encrypted($"the PDF is encrypted and cannot be opened: {ex.Message}"));
            }

            return ExtractionResult.Fail(QuarantineReason.Corrupt($"the PDF cannot be parsed: {ex.Message}"));
        }
    }

    private static ExtractionResult Read(PdfDocument pdf, CancellationToken cancellationToken)
    {
        var pages = new List<PageText>(pdf.NumberOfPages);
        var imagesSeen = false;
        var failedPages = 0;
        for (var number = 1; number <= pdf.NumberOfPages; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string text;
            try
            {
                var page = pdf.GetPage(number);
                text = TextOf(page);
                imagesSeen |= text.Length == 0 && HasImages(page);
            }
            catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
            {
                // One broken page must not cost the rest of the document.
                failedPages++;
                text = string.Empty;
            }

            pages.Add(new PageText(number, text));
        }

        if (pages.Count == 0)
        {
            return ExtractionResult.Fail(QuarantineReason.Empty("the PDF has no pages"));
        }

        var (body, running) = RunningLines.Separate(pages);
        if (body.All(p => p.Text.Length == 0))
        {
            if (failedPages == pages.Count)
            {
                return ExtractionResult.Fail(QuarantineReason.Corrupt("no page of the PDF could be read"));
            }

            return imagesSeen
                ? ExtractionResult.Fail(QuarantineReason.NoTextLayer($"the PDF's {pages.Count} page(s) are images with no text layer (scanned; needs OCR)"))
                : ExtractionResult.Fail(QuarantineReason.Empty($"the PDF's {pages.Count} page(s) hold no text"));
        }

        return ExtractionResult.Success(new ExtractedDocument(body, PropertiesOf(pdf), running, []));
    }

    private static string TextOf(Page page)
    {
        var text = ContentOrderTextExtractor.GetText(page);
        return TextCleaner.Clean(text);
    }

    private static bool HasImages(Page page)
    {
        try
        {
            return page.GetImages().Any();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return false;
        }
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
