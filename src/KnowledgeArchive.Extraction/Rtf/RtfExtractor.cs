using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Blocks;

namespace KnowledgeArchive.Extraction.Rtf;

/// <summary>
/// The blocks of an RTF document (as old minute-taking systems and Word's "Save as RTF" write them), read natively:
/// headings (by outline level, "heading N" style, or bold and heading-shaped), list items with the labels the file
/// printed, paragraphs, and tables of rows and cells, nested ones too; pages at its page breaks, page-breaking
/// sections and paragraphs that start a page; characters in the code page of the document or of their font, and
/// Unicode. Headers and footers are kept apart; title, author, subject and dates come from its information group.
/// Pictures, embedded objects' data, field codes, footnotes and comments are not its text. A file nested too deep,
/// with too much text or too many cells, or that is not RTF past its first bytes is refused with the reason; a file
/// cut short is read as far as it goes.
/// </summary>
/// <param name="maxTextChars">The most text read from one document, in characters.</param>
/// <param name="maxCells">The most table cells read from one document.</param>
public sealed class RtfExtractor(
    int maxTextChars = RtfExtractor.DefaultMaxTextChars,
    int maxCells = RtfExtractor.DefaultMaxCells) : IDocumentExtractor
{
    /// <summary>The most text read from one document by default, in characters; a year's minutes book runs to a few million.</summary>
    public const int DefaultMaxTextChars = 20_000_000;

    /// <summary>The most table cells read from one document by default; a decision log of 10,000 rows has 100,000.</summary>
    public const int DefaultMaxCells = 500_000;

    public FileFormat Format => FileFormat.Rtf;

    public string Version { get; } = "rtf/1";

    public ExtractionResult Extract(string path, CancellationToken cancellationToken)
    {
        byte[] data;
        try
        {
            data = File.ReadAllBytes(path);
        }
        catch (IOException ex)
        {
            return ExtractionResult.Fail(QuarantineReason.Corrupt($"the RTF document cannot be read: {ex.Message}"));
        }

        var output = new DocumentAssembler();
        var reader = new RtfReader(data, output, maxTextChars, maxCells);
        try
        {
            reader.Read(cancellationToken);
        }
        catch (RtfLimitException limit)
        {
            return ExtractionResult.Fail(limit.Reason);
        }

        var (pages, blocks) = output.Finish();
        if (pages.All(p => p.Text.Length == 0))
        {
            return ExtractionResult.Fail(reader.Truncated
                ? QuarantineReason.Corrupt("the RTF document is cut short (its groups never close) and no text could be read from it")
                : QuarantineReason.Empty("the RTF document holds no text"));
        }

        var content = reader.Content;
        var properties = content.Info.Properties();
        return ExtractionResult.Success(new ExtractedDocument(pages, blocks, properties, content.HeadersAndFooters.Texts.ToList()));
    }
}
