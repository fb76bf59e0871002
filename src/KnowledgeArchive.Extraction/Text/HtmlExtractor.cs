using AngleSharp.Html.Parser;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Blocks;

namespace KnowledgeArchive.Extraction.TextFiles;

/// <summary>
/// The blocks of an HTML page (intranet pages saved from a browser, Word documents saved as web pages), as a browser
/// shows them: headings, paragraphs, numbered and bulleted list items with their labels, and tables; one page, or
/// pages where an inline style breaks them. Decoded by its byte-order mark or declared character set, else as UTF-8,
/// else as Windows-1252. The title, author, description and dates come from its head. Nothing is fetched and no
/// script is run. Pages over <see cref="MaxBytes"/>, with more than <see cref="MaxElements"/> elements or nested more
/// than <see cref="MaxDepth"/> deep are refused before they are parsed.
/// </summary>
public sealed class HtmlExtractor : IDocumentExtractor
{
    /// <summary>The largest page read: many times a long set of minutes saved from Word.</summary>
    public const int MaxBytes = 32 * 1024 * 1024;

    /// <summary>The most elements read from one page, which bounds the memory its parsed form takes.</summary>
    public const int MaxElements = 500_000;

    /// <summary>The deepest nesting read; the parser's work grows with the square of it.</summary>
    public const int MaxDepth = 512;

    /// <summary>The most characters of text read from one page.</summary>
    public const int MaxCharacters = 20_000_000;

    public FileFormat Format => FileFormat.Html;

    public string Version { get; } = $"html/1 anglesharp/{ExtractorVersions.LibraryVersion(typeof(HtmlParser))}";

    public ExtractionResult Extract(string path, CancellationToken cancellationToken)
    {
        string html;
        try
        {
            var size = new FileInfo(path).Length;
            if (size > MaxBytes)
            {
                return ExtractionResult.Fail(QuarantineReason.TooLarge(size, MaxBytes));
            }

            var bytes = File.ReadAllBytes(path);
            html = TextDecoder.Decode(bytes, HtmlCharset.Declared(bytes));
        }
        catch (IOException ex)
        {
            return ExtractionResult.Fail(QuarantineReason.Corrupt($"the HTML page cannot be read: {ex.Message}"));
        }

        if (HtmlNesting.Refusal(html, MaxDepth, MaxElements) is { } refusal)
        {
            return ExtractionResult.Fail(refusal);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false, IsNotConsumingCharacterReferences = false });
        using var document = parser.ParseDocument(html);
        var output = new DocumentAssembler();
        if (document.Body is { } body && !new HtmlBodyWalker(output, MaxCharacters, cancellationToken).Walk(body))
        {
            return ExtractionResult.Fail(new QuarantineReason(
                QuarantineCodes.TooLarge, $"the HTML page shows more than {MaxCharacters:N0} characters of text, more than is read from one page"));
        }

        var (pages, blocks) = output.Finish();
        return pages.All(p => p.Text.Length == 0)
            ? ExtractionResult.Fail(QuarantineReason.Empty("the HTML page shows no text"))
            : ExtractionResult.Success(new ExtractedDocument(pages, blocks, HtmlProperties.Read(document), []));
    }
}
