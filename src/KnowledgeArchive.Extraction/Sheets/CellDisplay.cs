using System.Globalization;
using ExcelNumberFormat;

namespace KnowledgeArchive.Extraction.Sheets;

/// <summary>
/// Prints a cell's number as a spreadsheet shows it, through its number format: dates as dates ("14/07/2021",
/// "12 March 2019"), percentages, currency and thousands as laid out. The built-in formats that follow the reader's
/// locale (the short date, the currency) are printed as a British install of Excel prints them.
/// </summary>
internal static class CellDisplay
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The built-in formats (ECMA-376 §18.8.30) as Excel shows them in en-GB.</summary>
    private static readonly Dictionary<int, string> BuiltIn = new()
    {
        [1] = "0", [2] = "0.00", [3] = "#,##0", [4] = "#,##0.00",
        [5] = "\"£\"#,##0;\\-\"£\"#,##0", [6] = "\"£\"#,##0;[Red]\\-\"£\"#,##0",
        [7] = "\"£\"#,##0.00;\\-\"£\"#,##0.00", [8] = "\"£\"#,##0.00;[Red]\\-\"£\"#,##0.00",
        [9] = "0%", [10] = "0.00%", [11] = "0.00E+00", [12] = "# ?/?", [13] = "# ??/??",
        [14] = "dd/mm/yyyy", [15] = "d-mmm-yy", [16] = "d-mmm", [17] = "mmm-yy",
        [18] = "h:mm AM/PM", [19] = "h:mm:ss AM/PM", [20] = "h:mm", [21] = "h:mm:ss", [22] = "dd/mm/yyyy hh:mm",
        [37] = "#,##0 ;(#,##0)", [38] = "#,##0 ;[Red](#,##0)", [39] = "#,##0.00;(#,##0.00)", [40] = "#,##0.00;[Red](#,##0.00)",
        [45] = "mm:ss", [46] = "[h]:mm:ss", [47] = "mmss.0", [48] = "##0.0E+0", [49] = "@",
    };

    /// <summary>The built-in formats that follow the reader's locale: the file's own wording of them is not what a British reader sees.</summary>
    private static readonly HashSet<int> LocaleDependent = [14, 22];

    private static readonly Dictionary<string, NumberFormat?> Parsed = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    /// <summary>The format a cell shows its number with: the file's own, or the built-in one its id names; null for General.</summary>
    public static string? FormatCode(int formatId, string? fileFormatCode) =>
        LocaleDependent.Contains(formatId) ? BuiltIn[formatId]
        : !string.IsNullOrEmpty(fileFormatCode) && !string.Equals(fileFormatCode, "General", StringComparison.OrdinalIgnoreCase) ? fileFormatCode
        : BuiltIn.GetValueOrDefault(formatId);

    /// <summary>A number (a date serial, for a date format) as the sheet shows it.</summary>
    public static string Number(double value, string? formatCode, bool date1904 = false) =>
        Apply(value, formatCode, date1904) ?? General(value);

    /// <summary>A date the reader already converted, as the sheet shows it; ISO 8601 when its format is not a date format.</summary>
    public static string Date(DateTime value, string? formatCode) =>
        Of(formatCode) is { IsDateTimeFormat: true } ? Apply(value, formatCode, false) ?? Iso(value) : Iso(value);

    /// <summary>Whether the format prints dates or times.</summary>
    public static bool IsDate(string? formatCode) => Of(formatCode)?.IsDateTimeFormat == true;

    private static string? Apply(object value, string? formatCode, bool date1904)
    {
        if (Of(formatCode) is not { } format)
        {
            return null;
        }

        try
        {
            return format.Format(value, Culture, date1904);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidCastException or OverflowException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    private static NumberFormat? Of(string? formatCode)
    {
        if (string.IsNullOrEmpty(formatCode))
        {
            return null;
        }

        lock (Gate)
        {
            if (!Parsed.TryGetValue(formatCode, out var format))
            {
                format = new NumberFormat(formatCode);
                format = format.IsValid ? format : null;
                if (Parsed.Count < 4096)
                {
                    Parsed[formatCode] = format;
                }
            }

            return format;
        }
    }

    /// <summary>The General format: up to fifteen significant digits, no exponent for everyday magnitudes.</summary>
    private static string General(double value) => value.ToString("G15", CultureInfo.InvariantCulture);

    private static string Iso(DateTime value) =>
        value.ToString(value.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
