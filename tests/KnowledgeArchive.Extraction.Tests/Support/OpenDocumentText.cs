using System.IO.Compression;
using System.Text;

namespace KnowledgeArchive.Extraction.Tests.Support;

/// <summary>
/// Writes OpenDocument packages as word processors do: the <c>mimetype</c> entry first and stored, a manifest, and
/// content, styles and meta parts around the body XML a test gives.
/// </summary>
public static class OpenDocumentText
{
    public const string Namespaces =
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" " +
        "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" " +
        "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" " +
        "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"";

    /// <summary>Automatic styles the bodies below use: P-Bold (bold paragraph), P-Break (starts a page), T-Bold (bold run), L-Num (numbered list).</summary>
    public const string AutomaticStyles =
        "<style:style style:name=\"P-Bold\" style:family=\"paragraph\"><style:text-properties fo:font-weight=\"bold\"/></style:style>" +
        "<style:style style:name=\"P-Break\" style:family=\"paragraph\"><style:paragraph-properties fo:break-before=\"page\"/></style:style>" +
        "<style:style style:name=\"T-Bold\" style:family=\"text\"><style:text-properties fo:font-weight=\"bold\"/></style:style>" +
        "<text:list-style style:name=\"L-Num\">" +
        "<text:list-level-style-number text:level=\"1\" style:num-format=\"1\" style:num-suffix=\".\"/>" +
        "<text:list-level-style-number text:level=\"2\" style:num-format=\"a\" style:num-prefix=\"(\" style:num-suffix=\")\"/>" +
        "</text:list-style>" +
        "<text:list-style style:name=\"L-Bullet\"><text:list-level-style-bullet text:level=\"1\" text:bullet-char=\"•\"/></text:list-style>";

    public static byte[] Build(string body, string? title = null, bool encrypted = false, string mediaType = "application/vnd.oasis.opendocument.text", string? footer = null)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "mimetype", mediaType, CompressionLevel.NoCompression);
            Add(zip, "META-INF/manifest.xml",
                $"<manifest:manifest {Namespaces}><manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\">" +
                (encrypted ? "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\" manifest:checksum=\"AAAA\"/>" : string.Empty) +
                "</manifest:file-entry></manifest:manifest>");
            Add(zip, "content.xml",
                encrypted ? "\u0001\u0002 not xml"
                : $"<office:document-content {Namespaces}><office:automatic-styles>{AutomaticStyles}</office:automatic-styles><office:body><office:text>{body}</office:text></office:body></office:document-content>");
            Add(zip, "styles.xml",
                $"<office:document-styles {Namespaces}><office:styles><style:style style:name=\"Heading_20_2\" style:family=\"paragraph\" style:default-outline-level=\"2\"/></office:styles>" +
                $"<office:master-styles><style:master-page style:name=\"Standard\">{(footer is null ? string.Empty : $"<style:footer><text:p>{footer}</text:p></style:footer>")}</style:master-page></office:master-styles></office:document-styles>");
            Add(zip, "meta.xml",
                $"<office:document-meta {Namespaces}><office:meta>{(title is null ? string.Empty : $"<dc:title>{title}</dc:title>")}<meta:initial-creator>Board Secretary</meta:initial-creator><meta:creation-date>2019-04-09T10:00:00</meta:creation-date></office:meta></office:document-meta>");
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
