using System.IO.Compression;
using System.Text;

namespace KnowledgeArchive.Extraction.Tests.Support;

/// <summary>
/// Writes OpenDocument presentations as presentation programs do: the <c>mimetype</c> entry first and stored, a
/// manifest, and content, styles and meta parts around the slides' XML (<c>draw:page</c> elements) a test gives.
/// </summary>
public static class OpenDocumentPresentation
{
    public const string MediaType = "application/vnd.oasis.opendocument.presentation";

    public const string Namespaces = OpenDocumentText.Namespaces +
        " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" xmlns:presentation=\"urn:oasis:names:tc:opendocument:xmlns:presentation:1.0\"" +
        " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\"";

    /// <summary>Automatic styles the slides use: L-Bullet (bulleted outline), L-Num (numbered list), dp-Hidden (a hidden slide).</summary>
    public const string AutomaticStyles =
        "<style:style style:name=\"dp-Hidden\" style:family=\"drawing-page\"><style:drawing-page-properties presentation:visibility=\"hidden\"/></style:style>" +
        "<text:list-style style:name=\"L-Bullet\">" +
        "<text:list-level-style-bullet text:level=\"1\" text:bullet-char=\"●\"/><text:list-level-style-bullet text:level=\"2\" text:bullet-char=\"–\"/>" +
        "</text:list-style>" +
        "<text:list-style style:name=\"L-Num\"><text:list-level-style-number text:level=\"1\" style:num-format=\"1\" style:num-suffix=\".\"/></text:list-style>";

    public static byte[] Build(string pages, string? title = null, bool encrypted = false)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "mimetype", MediaType, CompressionLevel.NoCompression);
            Add(zip, "META-INF/manifest.xml",
                $"<manifest:manifest {Namespaces}><manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"{MediaType}\"/>" +
                "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\">" +
                (encrypted ? "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\" manifest:checksum=\"AAAA\"/>" : string.Empty) +
                "</manifest:file-entry></manifest:manifest>");
            Add(zip, "content.xml",
                encrypted ? "\u0001\u0002 not xml"
                : $"<office:document-content {Namespaces}><office:automatic-styles>{AutomaticStyles}</office:automatic-styles>" +
                  $"<office:body><office:presentation>{pages}</office:presentation></office:body></office:document-content>");
            Add(zip, "styles.xml",
                $"<office:document-styles {Namespaces}><office:master-styles><style:master-page style:name=\"Default\"/></office:master-styles></office:document-styles>");
            Add(zip, "meta.xml",
                $"<office:document-meta {Namespaces}><office:meta>{(title is null ? string.Empty : $"<dc:title>{title}</dc:title>")}" +
                "<meta:initial-creator>Director of Corporate Affairs</meta:initial-creator><dc:subject>Closedown of the CCG</dc:subject>" +
                "<meta:creation-date>2022-03-01T09:00:00</meta:creation-date><dc:date>2022-03-08T17:30:00</dc:date></office:meta></office:document-meta>");
        }

        return stream.ToArray();
    }

    public static string Page(string shapes, string? notes = null, bool hidden = false) =>
        $"<draw:page draw:master-page-name=\"Default\"{(hidden ? " draw:style-name=\"dp-Hidden\"" : string.Empty)}>{shapes}" +
        (notes is null ? string.Empty : $"<presentation:notes><draw:page-thumbnail presentation:class=\"page\"/>{Frame("notes", 2, 15, $"<text:p>{notes}</text:p>")}</presentation:notes>") +
        "</draw:page>";

    /// <summary>A frame with a text box at (<paramref name="x"/>, <paramref name="y"/>) centimetres; <paramref name="presentationClass"/> makes it a placeholder.</summary>
    public static string Frame(string? presentationClass, double x, double y, string text) =>
        $"<draw:frame{(presentationClass is null ? string.Empty : $" presentation:class=\"{presentationClass}\"")} svg:x=\"{Cm(x)}\" svg:y=\"{Cm(y)}\" svg:width=\"20cm\" svg:height=\"3cm\">" +
        $"<draw:text-box>{text}</draw:text-box></draw:frame>";

    public static string TableFrame(double x, double y, string[][] rows) =>
        $"<draw:frame svg:x=\"{Cm(x)}\" svg:y=\"{Cm(y)}\" svg:width=\"20cm\" svg:height=\"6cm\"><table:table>" +
        string.Concat(rows[0].Select(_ => "<table:table-column/>")) +
        string.Concat(rows.Select(r => "<table:table-row>" + string.Concat(r.Select(c => $"<table:table-cell><text:p>{Escape(c)}</text:p></table:table-cell>")) + "</table:table-row>")) +
        "</table:table></draw:frame>";

    /// <summary>A bulleted list of points at their levels (0 the outermost), nested as presentation programs write it.</summary>
    public static string Outline((string Text, int Level)[] points)
    {
        var xml = new StringBuilder("<text:list text:style-name=\"L-Bullet\">");
        var depth = 0;
        foreach (var (text, level) in points)
        {
            for (; depth < level; depth++)
            {
                xml.Length -= "</text:list-item>".Length;
                xml.Append("<text:list>");
            }

            for (; depth > level; depth--)
            {
                xml.Append("</text:list></text:list-item>");
            }

            xml.Append("<text:list-item><text:p>").Append(Escape(text)).Append("</text:p></text:list-item>");
        }

        for (; depth > 0; depth--)
        {
            xml.Append("</text:list></text:list-item>");
        }

        return xml.Append("</text:list>").ToString();
    }

    public static string Escape(string text) => System.Security.SecurityElement.Escape(text);

    private static string Cm(double value) => value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + "cm";

    private static void Add(ZipArchive zip, string name, string text, CompressionLevel level = CompressionLevel.Optimal)
    {
        var entry = zip.CreateEntry(name, level);
        using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
