namespace KnowledgeArchive.Core.Documents;

/// <summary>A file format as detected from a file's content (magic bytes), never from its extension.</summary>
/// <param name="Name">Short lower-case name used in the API (<c>pdf</c>, <c>docx</c>, <c>doc</c>…).</param>
/// <param name="MediaType">IANA media type served when the original is downloaded.</param>
/// <param name="Description">Human-readable name used in reasons shown to users.</param>
public sealed record FileFormat(string Name, string MediaType, string Description)
{
    public static readonly FileFormat Pdf = new("pdf", "application/pdf", "PDF document");
    public static readonly FileFormat Docx = new("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document (.docx)");
    public static readonly FileFormat Doc = new("doc", "application/msword", "legacy Word 97-2003 document (.doc)");
    public static readonly FileFormat Rtf = new("rtf", "application/rtf", "Rich Text Format document (.rtf)");
    public static readonly FileFormat Odt = new("odt", "application/vnd.oasis.opendocument.text", "OpenDocument text (.odt)");
    public static readonly FileFormat Ods = new("ods", "application/vnd.oasis.opendocument.spreadsheet", "OpenDocument spreadsheet (.ods)");
    public static readonly FileFormat Odp = new("odp", "application/vnd.oasis.opendocument.presentation", "OpenDocument presentation (.odp)");
    public static readonly FileFormat Wpd = new("wpd", "application/vnd.wordperfect", "WordPerfect document (.wpd)");
    public static readonly FileFormat Xlsx = new("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel workbook (.xlsx)");
    public static readonly FileFormat Pptx = new("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint presentation (.pptx)");
    public static readonly FileFormat Xls = new("xls", "application/vnd.ms-excel", "legacy Excel 97-2003 workbook (.xls)");
    public static readonly FileFormat Eml = new("eml", "message/rfc822", "email message (.eml)");
    public static readonly FileFormat Msg = new("msg", "application/vnd.ms-outlook", "Outlook message (.msg)");
    public static readonly FileFormat Zip = new("zip", "application/zip", "zip archive");
    public static readonly FileFormat OleCompound = new("ole", "application/x-ole-storage", "legacy Office compound file");
    public static readonly FileFormat Png = new("png", "image/png", "PNG picture");
    public static readonly FileFormat Jpeg = new("jpeg", "image/jpeg", "JPEG picture");
    public static readonly FileFormat Tiff = new("tiff", "image/tiff", "TIFF picture (scan or fax)");
    public static readonly FileFormat Image = new("image", "application/octet-stream", "image file (GIF or BMP)");
    public static readonly FileFormat Html = new("html", "text/html", "HTML page");
    public static readonly FileFormat Text = new("text", "text/plain", "plain text file");
    public static readonly FileFormat Empty = new("empty", "application/octet-stream", "empty file");
    public static readonly FileFormat Unknown = new("unknown", "application/octet-stream", "unrecognised binary file");

    /// <summary>Every known format, for lookups by <see cref="Name"/>.</summary>
    public static IReadOnlyList<FileFormat> All { get; } =
        [Pdf, Docx, Doc, Rtf, Odt, Ods, Odp, Wpd, Xlsx, Pptx, Xls, Eml, Msg, Zip, OleCompound, Png, Jpeg, Tiff, Image, Html, Text, Empty, Unknown];

    /// <summary>Finds a format by its short name; <see cref="Unknown"/> when there is none.</summary>
    public static FileFormat FromName(string? name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)) ?? Unknown;
}
