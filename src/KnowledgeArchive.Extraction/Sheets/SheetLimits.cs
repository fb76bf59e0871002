using System.Globalization;
using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Extraction.Sheets;

/// <summary>
/// How much of a workbook is read: enough for any register a person keeps, and a stop well before a generated or
/// hostile sheet costs the archive its memory. Empty rows and cells cost nothing and are not counted.
/// </summary>
internal static class SheetLimits
{
    /// <summary>The most filled cells read from one workbook.</summary>
    public const int MaxCells = 1_000_000;

    /// <summary>The most characters of cell text read from one workbook (about 50 MB).</summary>
    public const long MaxTextChars = 50_000_000;

    /// <summary>The most any one XML part of a workbook package may expand to; more is a zip bomb or not a workbook.</summary>
    public const long MaxPartBytes = 512L * 1024 * 1024;

    public static QuarantineReason TooManyCells() =>
        new(QuarantineCodes.TooLarge, $"the workbook has more than {MaxCells.ToString("N0", CultureInfo.InvariantCulture)} filled cells, the most read from one spreadsheet");

    public static QuarantineReason TooMuchText() =>
        new(QuarantineCodes.TooLarge, $"the workbook holds more than {MaxTextChars.ToString("N0", CultureInfo.InvariantCulture)} characters of text, the most read from one spreadsheet");

    public static QuarantineReason PartTooLarge(string part, long bytes) =>
        new(QuarantineCodes.ZipBomb, $"the workbook's {part} expands to {bytes / (1024 * 1024)} MiB, more than the {MaxPartBytes / (1024 * 1024)} MiB allowed");
}
