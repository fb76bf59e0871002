using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Blocks;

namespace KnowledgeArchive.Extraction.Sheets;

/// <summary>
/// The sheets of an Excel workbook (.xlsx) in the workbook's order, hidden ones too, each a page of tables of its
/// filled rows (see <see cref="SheetWriter"/>), the cells printed as Excel shows them; chart sheets have no cells and
/// are passed over. Worksheets are streamed, so huge or mostly empty sheets cost time, not memory, and a workbook past
/// the <see cref="SheetLimits"/> is refused rather than read.
/// </summary>
public sealed class XlsxExtractor : IDocumentExtractor
{
    public FileFormat Format => FileFormat.Xlsx;

    public string Version { get; } = $"xlsx/1 openxml/{ExtractorVersions.LibraryVersion(typeof(SpreadsheetDocument))}";

    public ExtractionResult Extract(string path, CancellationToken cancellationToken)
    {
        try
        {
            if (OversizedPart(path) is { } reason)
            {
                return ExtractionResult.Fail(reason);
            }

            using var document = SpreadsheetDocument.Open(path, isEditable: false, new OpenSettings { AutoSave = false });
            return Read(document, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (SheetTooLargeException ex)
        {
            return ExtractionResult.Fail(ex.Reason);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException or InvalidOperationException or IOException or ArgumentException or NotSupportedException or KeyNotFoundException)
        {
            return ExtractionResult.Fail(QuarantineReason.Corrupt($"the Excel workbook cannot be read: {ex.Message}"));
        }
    }

    private static QuarantineReason? OversizedPart(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return zip.Entries.FirstOrDefault(e => e.Length > SheetLimits.MaxPartBytes) is { } entry ? SheetLimits.PartTooLarge(entry.FullName, entry.Length) : null;
    }

    private static ExtractionResult Read(SpreadsheetDocument document, CancellationToken cancellationToken)
    {
        var workbookPart = document.WorkbookPart;
        var workbook = workbookPart?.Workbook;
        if (workbookPart is null || workbook is null)
        {
            return ExtractionResult.Fail(QuarantineReason.Corrupt("the package has no Excel workbook"));
        }

        var sharedStrings = XlsxSharedStrings.Read(workbookPart.SharedStringTablePart, cancellationToken);
        var styles = new XlsxStyles(SafeRead(() => workbookPart.WorkbookStylesPart?.Stylesheet));
        var date1904 = workbook.WorkbookProperties?.Date1904?.Value == true;
        var output = new DocumentAssembler();
        var writer = new SheetWriter(output);
        var sheetReader = new XlsxSheetReader(writer, sharedStrings, styles, date1904);
        foreach (var sheet in workbook.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.Id?.Value is not { } id || !workbookPart.TryGetPartById(id, out var part) || part is not WorksheetPart worksheet)
            {
                continue;
            }

            writer.BeginSheet(sheet.Name?.Value ?? string.Empty);
            sheetReader.Read(worksheet, cancellationToken);
        }

        writer.EndSheet();
        if (writer.SheetsWritten == 0)
        {
            return ExtractionResult.Fail(QuarantineReason.Empty("the Excel workbook has no filled cells"));
        }

        var (pages, blocks) = output.Finish();
        return ExtractionResult.Success(new ExtractedDocument(pages, blocks, OpenXmlProperties.Of(document), []));
    }

    /// <summary>Styles only help to print numbers: broken ones must not cost the text.</summary>
    private static T? SafeRead<T>(Func<T?> read)
        where T : class
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is System.Xml.XmlException or InvalidOperationException or OpenXmlPackageException or FormatException or IOException)
        {
            return null;
        }
    }
}
