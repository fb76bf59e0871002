using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Detection;
using KnowledgeArchive.Extraction.Blocks;

namespace KnowledgeArchive.Extraction.Doc;

/// <summary>
/// Blocks of legacy Word 97-2003 (.doc) files, read from the piece table: paragraphs and tables; headers and footers
/// kept apart; pages at the explicit page breaks (the file records no rendered page breaks, so flowing text is page 1).
/// </summary>
public sealed class DocExtractor : IDocumentExtractor
{
    public FileFormat Format => FileFormat.Doc;

    public string Version { get; } = "doc/2";

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

            var output = new DocumentAssembler();
            WordParagraphs.Write(main, output, cancellationToken);
            var (pages, blocks) = output.Finish();
            if (pages.All(p => p.Text.Length == 0))
            {
                return ExtractionResult.Fail(QuarantineReason.Empty("the Word 97-2003 document holds no text"));
            }

            var running = WordControlCharacters.Lines(headers)
                .Where(l => l != "|")
                .Distinct(StringComparer.Ordinal)
                .Take(20)
                .ToList();
            return ExtractionResult.Success(new ExtractedDocument(pages, blocks, FileProperties.None, running));
        }
        catch (Exception ex) when (ex is InvalidDataException or ArgumentOutOfRangeException or IndexOutOfRangeException or ArgumentException)
        {
            return ExtractionResult.Fail(QuarantineReason.Corrupt($"the Word 97-2003 document cannot be read: {ex.Message}"));
        }
    }
}
