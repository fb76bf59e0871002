using System.Globalization;
using System.Text;
using KnowledgeArchive.Core.Ingestion;

namespace KnowledgeArchive.Web.Apis;

/// <summary>The reconciliation report of a batch: one row per input file (each zip entry is one) with its outcome.</summary>
internal static class BatchReportCsv
{
    private static readonly string[] Header =
        ["path", "status", "reason_code", "reason", "document_id", "duplicate_of", "sha256", "size_bytes", "entry_path", "archive_sha256"];

    public static string Write(IReadOnlyList<IngestFile> files)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', Header).Append("\r\n");
        foreach (var file in files.Where(f => f.Outcome is not null))
        {
            string?[] row =
            [
                file.Path,
                file.Outcome!.Value.ToString().ToLowerInvariant(),
                file.Reason?.Code,
                file.Reason?.Message,
                file.DocumentId,
                file.DuplicateOf,
                file.Sha256,
                file.SizeBytes?.ToString(CultureInfo.InvariantCulture),
                file.EntryPath,
                file.ArchiveSha256,
            ];
            csv.AppendJoin(',', row.Select(Quote)).Append("\r\n");
        }

        return csv.ToString();
    }

    // Cells a spreadsheet would run as a formula are prefixed with a quote, as file names can start with '='.
    private static string Quote(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
