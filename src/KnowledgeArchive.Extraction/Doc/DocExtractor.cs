using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Detection;

namespace KnowledgeArchive.Extraction.Doc;

/// <summary>
/// Text of legacy Word 97-2003 (.doc) files, read from the piece table; headers and footers kept apart; pages at the
/// explicit page breaks (the file records no rendered page breaks, so flowing text is page 1).
/// </summary>
public sealed class DocExtractor : IDocumentExtractor
{
    public FileFormat Format => FileFormat.Doc;

    public ExtractionResult Extract(string path, CancellationToken cancellationToken)
    {
        try
        {
            var file = CompoundFileReader.Open(File.ReadAllBytes(path));
            var word = file.ReadStream("WordDocument") ?? throw new InvalidDataException("the file has no WordDocument stream");
            cancellationToken.ThrowIfCancellationRequested();
            var (main, headers, encrypted) = WordBinaryText.Read(word, file.ReadStream);
            if (encrypted)
            {
                return ExtractionResult.Fail(QuarantineReason.Encrypted("the Word 97-2003 document is password-protected"));
            }

            var pages = WordControlCharacters.Clean(main)
                .Split(WordControlCharacters.PageBreak)
                .Select((text, i) => new PageText(i + 1, TextCleaner.Clean(text)))
                .ToList();
            while (pages.Count > 1 && pages[^1].Text.Length == 0)
            {
                pages.RemoveAt(pages.Count - 1);
            }

            if (pages.All(p => p.Text.Length == 0))
            {
                return ExtractionResult.Fail(QuarantineReason.Empty("the Word 97-2003 document holds no text"));
            }

            var running = WordControlCharacters.Clean(headers).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(l => l.Length > 0 && l != "|")
                .Distinct(StringComparer.Ordinal)
                .Take(20)
                .ToList();
            return ExtractionResult.Success(new ExtractedDocument(pages, FileProperties.None, running, []));
        }
        catch (Exception ex) when (ex is InvalidDataException or ArgumentOutOfRangeException or IndexOutOfRangeException or ArgumentException)
        {
            return ExtractionResult.Fail(QuarantineReason.Corrupt($"the Word 97-2003 document cannot be read: {ex.Message}"));
        }
    }
}
