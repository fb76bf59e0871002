using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Pdf.Layout;
using KnowledgeArchive.Extraction.Blocks;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace KnowledgeArchive.Extraction.Pdf;

/// <summary>A PDF's blocks in reading order, laid out from its words and rules (<see cref="PdfLayoutReader"/>), with its properties.</summary>
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
        if (pdf.NumberOfPages == 0)
        {
            return ExtractionResult.Fail(QuarantineReason.Empty("the PDF has no pages"));
        }

        var reader = new PdfLayoutReader();
        reader.Read(pdf, cancellationToken);
        var output = new DocumentAssembler();
        reader.Write(output, cancellationToken);
        var (pages, blocks) = output.Finish();
        if (pages.All(p => p.Text.Length == 0))
        {
            if (reader.FailedPages == pdf.NumberOfPages)
            {
                return ExtractionResult.Fail(QuarantineReason.Corrupt("no page of the PDF could be read"));
            }

            return reader.ImagesSeen
                ? ExtractionResult.Fail(QuarantineReason.NoTextLayer($"the PDF's {pdf.NumberOfPages} page(s) are images with no text layer (scanned; needs OCR)"))
                : ExtractionResult.Fail(QuarantineReason.Empty($"the PDF's {pdf.NumberOfPages} page(s) hold no text"));
        }

        return ExtractionResult.Success(new ExtractedDocument(pages, blocks, PropertiesOf(pdf), reader.Running));
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
