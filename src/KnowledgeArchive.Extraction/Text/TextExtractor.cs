using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Blocks;

namespace KnowledgeArchive.Extraction.TextFiles;

/// <summary>
/// The blocks of a plain text file (minutes saved as .txt, notes in Markdown): decoded by its byte-order mark, else as
/// UTF-8, else as Windows-1252; a form feed starts a new page, as line printers printed them; headings, list items with
/// their printed labels, pipe tables and paragraphs read from the Markdown or plain-text layout. The title comes from the
/// first heading. A file of more than <see cref="MaxCharacters"/> characters, or one that is mostly control characters
/// (binary data that began like text), is refused.
/// </summary>
public sealed class TextExtractor : IDocumentExtractor
{
    /// <summary>
    /// The most characters read from one file: some 4,000 pages, hundreds of times a long set of minutes, and what
    /// enrichment reads within the time a file is given.
    /// </summary>
    public const int MaxCharacters = 10_000_000;

    /// <summary>More than one control character in this many marks binary data, as the format detector judges it.</summary>
    private const int ControlCharacterRatio = 20;

    private readonly int maxCharacters;

    /// <param name="maxCharacters">The most characters read from one file; <see cref="MaxCharacters"/> unless a test needs less.</param>
    public TextExtractor(int maxCharacters = MaxCharacters) => this.maxCharacters = maxCharacters;

    public FileFormat Format => FileFormat.Text;

    public string Version { get; } = "text/2";

    public ExtractionResult Extract(string path, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            // No encoding spends more than three bytes on a character, so a longer file cannot be within the limit.
            var size = new FileInfo(path).Length;
            if (size > maxCharacters * 3L)
            {
                return ExtractionResult.Fail(QuarantineReason.TooLarge(size, maxCharacters * 3L));
            }

            text = TextDecoder.Decode(File.ReadAllBytes(path));
        }
        catch (IOException ex)
        {
            return ExtractionResult.Fail(QuarantineReason.Corrupt($"the text file cannot be read: {ex.Message}"));
        }

        if (Refusal(text, maxCharacters) is { } refusal)
        {
            return ExtractionResult.Fail(refusal);
        }

        var output = new DocumentAssembler();
        var reader = new PlainTextReader(output, cancellationToken);
        // Not ReplaceLineEndings: it takes a form feed for a line end, and a form feed here is a page break.
        var pages = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\f');
        text = string.Empty;
        for (var p = 0; p < pages.Length; p++)
        {
            if (p > 0)
            {
                output.NewPage();
            }

            reader.ReadPage(pages[p].Split('\n'));
            pages[p] = string.Empty;
        }

        var (pageTexts, blocks) = output.Finish();
        return pageTexts.All(p => p.Text.Length == 0)
            ? ExtractionResult.Fail(QuarantineReason.Empty("the text file holds only spaces and blank lines"))
            : ExtractionResult.Success(new ExtractedDocument(pageTexts, blocks, FileProperties.None, []));
    }

    private static QuarantineReason? Refusal(string text, int maxCharacters)
    {
        if (text.Length > maxCharacters)
        {
            return new QuarantineReason(
                QuarantineCodes.TooLarge, $"the text file holds {text.Length:N0} characters, more than the {maxCharacters:N0} read from one file");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return QuarantineReason.Empty("the text file holds only spaces and blank lines");
        }

        var controls = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f' or '\u001B'))
            {
                controls++;
            }
        }

        return controls > text.Length / ControlCharacterRatio
            ? QuarantineReason.Corrupt(
                $"the file began like text but {controls:N0} of its {text.Length:N0} characters are control characters: it is binary data, not text")
            : null;
    }
}
