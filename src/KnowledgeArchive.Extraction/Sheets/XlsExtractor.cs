using System.Text;
using ExcelDataReader;
using ExcelDataReader.Exceptions;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;
using KnowledgeArchive.Extraction.Blocks;

namespace KnowledgeArchive.Extraction.Sheets;

/// <summary>
/// The worksheets of a legacy Excel 97-2003 workbook (.xls, BIFF) in order, hidden ones too, each a page of tables
/// of its filled rows (see <see cref="SheetWriter"/>), the cells printed through their number formats as Excel shows
/// them; chart sheets are passed over. A password-protected workbook is reported as encrypted, a damaged one as
/// corrupt, and one past the <see cref="SheetLimits"/> is refused rather than read.
/// </summary>
public sealed class XlsExtractor : IDocumentExtractor
{
    static XlsExtractor() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public FileFormat Format => FileFormat.Xls;

    public string Version { get; } = $"xls/1 exceldatareader/{ExtractorVersions.LibraryVersion(typeof(ExcelReaderFactory))}";

    public ExtractionResult Extract(string path, CancellationToken cancellationToken)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            using var reader = ExcelReaderFactory.CreateBinaryReader(stream, new ExcelReaderConfiguration { FallbackEncoding = Encoding.GetEncoding(1252) });
            return Read(reader, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (SheetTooLargeException ex)
        {
            return ExtractionResult.Fail(ex.Reason);
        }
        catch (InvalidPasswordException)
        {
            return ExtractionResult.Fail(QuarantineReason.Encrypted("the Excel workbook is password-protected: supply an unprotected copy"));
        }
        catch (Exception ex) when (ex is ExcelReaderException or InvalidDataException or IOException or ArgumentException or InvalidOperationException
            or NotSupportedException or IndexOutOfRangeException or InvalidCastException or OverflowException or EndOfStreamException)
        {
            return ExtractionResult.Fail(QuarantineReason.Corrupt($"the Excel 97-2003 workbook cannot be read: {ex.Message}"));
        }
    }

    private static ExtractionResult Read(IExcelDataReader reader, CancellationToken cancellationToken)
    {
        var output = new DocumentAssembler();
        var writer = new SheetWriter(output);
        do
        {
            writer.BeginSheet(reader.Name ?? string.Empty);
            for (long row = 0; reader.Read(); row++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                for (var column = 0; column < reader.FieldCount; column++)
                {
                    writer.Add(row, column, Display(reader, column));
                }
            }
        }
        while (reader.NextResult());

        writer.EndSheet();
        if (writer.SheetsWritten == 0)
        {
            return ExtractionResult.Fail(QuarantineReason.Empty("the Excel 97-2003 workbook has no filled cells"));
        }

        var (pages, blocks) = output.Finish();
        return ExtractionResult.Success(new ExtractedDocument(pages, blocks, FileProperties.None, []));
    }

    /// <summary>A cell as Excel shows it; the reader has already turned date-formatted numbers into dates.</summary>
    private static string? Display(IExcelDataReader reader, int column)
    {
        var value = reader.GetValue(column);
        if (value is null or string)
        {
            return (string?)value;
        }

        var format = CellDisplay.FormatCode(reader.GetNumberFormatIndex(column), reader.GetNumberFormatString(column));
        return value switch
        {
            bool b => b ? "TRUE" : "FALSE",
            DateTime date => CellDisplay.Date(date, format),
            TimeSpan time => CellDisplay.Number(time.TotalDays, format),
            double number => CellDisplay.Number(number, format),
            IConvertible number => CellDisplay.Number(number.ToDouble(System.Globalization.CultureInfo.InvariantCulture), format),
            _ => value.ToString(),
        };
    }
}
