using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Blocks;
using KnowledgeArchive.Extraction.Odt;

namespace KnowledgeArchive.Extraction.Sheets;

/// <summary>
/// The sheets of an OpenDocument spreadsheet (.ods, as LibreOffice and OpenOffice write them) in order, hidden ones
/// too, each a page of tables of its filled rows (see <see cref="SheetWriter"/>), each cell as the spreadsheet prints
/// it; the title, author and dates from its metadata. An encrypted package is reported as such, and a workbook past
/// the <see cref="SheetLimits"/> is refused rather than read.
/// </summary>
public sealed class OdsExtractor : IDocumentExtractor
{
    public FileFormat Format => FileFormat.Ods;

    public string Version { get; } = "ods/1";

    public ExtractionResult Extract(string path, CancellationToken cancellationToken)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            return Read(zip, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (SheetTooLargeException ex)
        {
            return ExtractionResult.Fail(ex.Reason);
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or IOException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            return ExtractionResult.Fail(QuarantineReason.Corrupt($"the OpenDocument spreadsheet cannot be read: {ex.Message}"));
        }
    }

    private static ExtractionResult Read(ZipArchive zip, CancellationToken cancellationToken)
    {
        if (OdfEncryption.IsEncrypted(zip, SheetLimits.MaxPartBytes))
        {
            return ExtractionResult.Fail(QuarantineReason.Encrypted("the OpenDocument spreadsheet is password-protected"));
        }

        if (zip.GetEntry("content.xml") is not { } entry)
        {
            return ExtractionResult.Fail(QuarantineReason.Corrupt("the package has no OpenDocument content"));
        }

        if (entry.Length > SheetLimits.MaxPartBytes)
        {
            return ExtractionResult.Fail(SheetLimits.PartTooLarge(entry.FullName, entry.Length));
        }

        var output = new DocumentAssembler();
        var writer = new SheetWriter(output);
        using (var stream = entry.Open())
        using (var reader = XmlReader.Create(stream, SafeXml.Settings))
        {
            if (!new OdsContentReader(writer, cancellationToken).Read(reader))
            {
                return ExtractionResult.Fail(QuarantineReason.Corrupt("the package has no OpenDocument spreadsheet body"));
            }
        }

        writer.EndSheet();
        if (writer.SheetsWritten == 0)
        {
            return ExtractionResult.Fail(QuarantineReason.Empty("the OpenDocument spreadsheet has no filled cells"));
        }

        var (pages, blocks) = output.Finish();
        return ExtractionResult.Success(new ExtractedDocument(pages, blocks, Properties(zip), []));
    }

    private static FileProperties Properties(ZipArchive zip)
    {
        if (zip.GetEntry("meta.xml") is not { } entry || entry.Length > 1024 * 1024)
        {
            return FileProperties.None;
        }

        try
        {
            using var stream = entry.Open();
            using var reader = XmlReader.Create(stream, SafeXml.Settings);
            return OdfProperties.Of(XDocument.Load(reader));
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException or IOException)
        {
            // Broken metadata must not cost the spreadsheet's text.
            return FileProperties.None;
        }
    }

}
