using System.IO.Compression;
using System.Text;

namespace KnowledgeArchive.Extraction.Tests.Support;

/// <summary>
/// Writes OpenDocument spreadsheets as LibreOffice does: the <c>mimetype</c> entry first and stored, a manifest,
/// and content and meta parts around the <c>table:table</c> elements a test gives.
/// </summary>
public static class OpenDocumentSheet
{
    public const string MediaType = "application/vnd.oasis.opendocument.spreadsheet";

    /// <summary>A row of text cells, each printed as given; null for an empty cell.</summary>
    public static string Row(params string?[] cells) =>
        "<table:table-row>" + string.Concat(cells.Select(c => c is null ? "<table:table-cell/>" : $"<table:table-cell office:value-type=\"string\"><text:p>{c}</text:p></table:table-cell>")) + "</table:table-row>";

    public static string Table(string name, params string[] rows) =>
        $"<table:table table:name=\"{name}\"><table:table-column table:number-columns-repeated=\"1024\"/>{string.Concat(rows)}</table:table>";

    /// <param name="content">The whole content part, when a test needs it broken.</param>
    public static byte[] Build(string tables, string? title = null, bool encrypted = false, string? content = null)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "mimetype", MediaType, CompressionLevel.NoCompression);
            Add(zip, "META-INF/manifest.xml",
                $"<manifest:manifest {OpenDocumentText.Namespaces}><manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\">" +
                (encrypted ? "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\" manifest:checksum=\"AAAA\"/>" : string.Empty) +
                "</manifest:file-entry></manifest:manifest>");
            Add(zip, "content.xml",
                encrypted ? "\u0001\u0002 not xml"
                : content ?? $"<office:document-content {OpenDocumentText.Namespaces}><office:automatic-styles/><office:body><office:spreadsheet>" +
                  $"<table:calculation-settings/>{tables}<table:named-expressions/></office:spreadsheet></office:body></office:document-content>");
            Add(zip, "meta.xml",
                $"<office:document-meta {OpenDocumentText.Namespaces}><office:meta>{(title is null ? string.Empty : $"<dc:title>{title}</dc:title>")}" +
                "<meta:initial-creator>Risk Manager</meta:initial-creator><meta:creation-date>2020-11-02T14:00:00</meta:creation-date></office:meta></office:document-meta>");
        }

        return stream.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string text, CompressionLevel level = CompressionLevel.Optimal)
    {
        var entry = zip.CreateEntry(name, level);
        using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
