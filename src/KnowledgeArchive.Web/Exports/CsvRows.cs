using System.Text;

namespace KnowledgeArchive.Web.Exports;

/// <summary>CSV as spreadsheets read it safely: quoted where needed, and cells that would run as formulas defused.</summary>
public static class CsvRows
{
    public static void Row(StringBuilder csv, params string?[] values)
    {
        ArgumentNullException.ThrowIfNull(csv);
        csv.AppendJoin(',', values.Select(Quote)).Append("\r\n");
    }

    private static string Quote(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        // Spreadsheets run cells that start with these as formulas.
        var safe = value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
