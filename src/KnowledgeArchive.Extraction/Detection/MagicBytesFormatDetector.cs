using System.IO.Compression;
using System.Text;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;

namespace KnowledgeArchive.Extraction.Detection;

/// <summary>Names a file's format from its leading bytes and, for zip and OLE containers, from what they hold. The extension is never consulted.</summary>
public sealed class MagicBytesFormatDetector : IFormatDetector
{
    private const int HeadLength = 1024;

    private static ReadOnlySpan<byte> WordPerfectMagic => [0xFF, 0x57, 0x50, 0x43];

    private static ReadOnlySpan<byte> PngMagic => [0x89, 0x50, 0x4E, 0x47];

    private static ReadOnlySpan<byte> JpegMagic => [0xFF, 0xD8, 0xFF];

    public FileFormat Detect(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var head = ReadHead(path);
        if (head.Length == 0)
        {
            return FileFormat.Empty;
        }

        var span = head.AsSpan();
        if (IndexOf(span, "%PDF-"u8) >= 0)
        {
            return FileFormat.Pdf;
        }

        if (span.StartsWith("PK\u0003\u0004"u8) || span.StartsWith("PK\u0005\u0006"u8))
        {
            return DetectZipContent(path);
        }

        if (span.StartsWith(OleCompoundFile.Signature))
        {
            // Some Office versions leave a stub WordDocument stream ("this document is protected") beside the
            // encrypted package: the package decides, so the file is quarantined as encrypted, not as a broken .doc.
            return CompoundKind(OleCompoundFile.ReadEntryNames(path));
        }

        if (span.StartsWith("{\\rtf"u8))
        {
            return FileFormat.Rtf;
        }

        if (span.StartsWith(WordPerfectMagic))
        {
            return FileFormat.Wpd;
        }

        if (PictureFormat(span) is { } picture)
        {
            return picture;
        }

        return DetectText(span, path);
    }

    /// <summary>
    /// A compound file is what its streams say: a Word document, an Excel workbook, an Outlook message. An encrypted
    /// package decides over a stub stream beside it, and anything else stays a compound file (quarantined with why).
    /// </summary>
    private static FileFormat CompoundKind(IReadOnlyList<string> names)
    {
        bool Has(string name) => names.Contains(name, StringComparer.OrdinalIgnoreCase);
        if (Has("EncryptedPackage"))
        {
            return FileFormat.OleCompound;
        }

        return Has("WordDocument") ? FileFormat.Doc
            : Has("Workbook") || Has("Book") ? FileFormat.Xls
            : Has("__properties_version1.0") && names.Any(n => n.StartsWith("__substg1.0_", StringComparison.OrdinalIgnoreCase)) ? FileFormat.Msg
            : FileFormat.OleCompound;
    }

    private static byte[] ReadHead(string path, int length = HeadLength)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var buffer = new byte[length];
        var read = stream.ReadAtLeast(buffer, length, throwOnEndOfStream: false);
        return buffer[..read];
    }

    private static FileFormat DetectZipContent(string path)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (names.Contains("word/document.xml") || names.Any(n => n.StartsWith("word/", StringComparison.OrdinalIgnoreCase) && names.Contains("[Content_Types].xml")))
            {
                return FileFormat.Docx;
            }

            if (names.Any(n => n.StartsWith("xl/", StringComparison.OrdinalIgnoreCase)))
            {
                return FileFormat.Xlsx;
            }

            if (names.Any(n => n.StartsWith("ppt/", StringComparison.OrdinalIgnoreCase)))
            {
                return FileFormat.Pptx;
            }

            if (names.Contains("mimetype") && names.Contains("content.xml"))
            {
                return OpenDocumentKind(zip);
            }

            return FileFormat.Zip;
        }
        catch (InvalidDataException)
        {
            // A zip signature with a broken directory, most often a truncated download or copy:
            // the local entry names near the start still say what it was meant to be.
            return GuessFromLocalEntries(path);
        }
    }

    /// <summary>An OpenDocument package is what its <c>mimetype</c> entry says: a text, a spreadsheet or a presentation.</summary>
    private static FileFormat OpenDocumentKind(ZipArchive zip)
    {
        var entry = zip.GetEntry("mimetype");
        if (entry is null || entry.Length > 200)
        {
            return FileFormat.Zip;
        }

        using var reader = new StreamReader(entry.Open(), Encoding.ASCII);
        var mediaType = reader.ReadToEnd().Trim();
        return mediaType.StartsWith(FileFormat.Odt.MediaType, StringComparison.Ordinal) ? FileFormat.Odt
            : mediaType.StartsWith(FileFormat.Ods.MediaType, StringComparison.Ordinal) ? FileFormat.Ods
            : mediaType.StartsWith(FileFormat.Odp.MediaType, StringComparison.Ordinal) ? FileFormat.Odp
            : FileFormat.Zip;
    }

    private static FileFormat GuessFromLocalEntries(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var buffer = new byte[64 * 1024];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var text = Encoding.ASCII.GetString(buffer, 0, read);
        return text.Contains("word/", StringComparison.Ordinal) ? FileFormat.Docx
            : text.Contains("xl/", StringComparison.Ordinal) ? FileFormat.Xlsx
            : text.Contains("ppt/", StringComparison.Ordinal) ? FileFormat.Pptx
            : FileFormat.Zip;
    }

    private static FileFormat? PictureFormat(ReadOnlySpan<byte> head) =>
        head.StartsWith(PngMagic) ? FileFormat.Png
        : head.StartsWith(JpegMagic) ? FileFormat.Jpeg
        : head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8) ? FileFormat.Tiff
        : head.StartsWith("GIF8"u8) || IsBitmap(head) ? FileFormat.Image
        : null;

    /// <summary>"BM" followed, at byte 14, by the size of one of the bitmap header versions: not a text that starts "BM".</summary>
    private static bool IsBitmap(ReadOnlySpan<byte> head) =>
        head.Length >= 18 && head.StartsWith("BM"u8) && System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(head[14..]) is 12 or 40 or 52 or 56 or 64 or 108 or 124;

    private static FileFormat DetectText(ReadOnlySpan<byte> head, string path)
    {
        if (Utf16(head) is { } wide)
        {
            // Text saved as UTF-16 (Windows Notepad's "Unicode", some exported web pages): its zero bytes are not binary.
            var decoded = wide.GetString(head[(head.Length % 2)..]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
            return LooksLikeHtml(decoded) ? FileFormat.Html : FileFormat.Text;
        }

        var controls = 0;
        foreach (var b in head)
        {
            if (b == 0 || (b < 0x09) || (b > 0x0D && b < 0x20 && b != 0x1B))
            {
                controls++;
            }
        }

        if (controls > head.Length / 20)
        {
            return FileFormat.Unknown;
        }

        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (MailHeaders.StartsWithField(text) && MailHeaders.LookLikeMessage(Encoding.UTF8.GetString(ReadHead(path, MailHeaders.HeaderBytes))))
        {
            return FileFormat.Eml;
        }

        return LooksLikeHtml(text) ? FileFormat.Html : FileFormat.Text;
    }

    private static bool LooksLikeHtml(string text) =>
        text.StartsWith('<') && (text.Contains("<html", StringComparison.OrdinalIgnoreCase) || text.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The UTF-16 encoding the head is written in: by its byte-order mark, or, without one, by a zero in every other
    /// byte (Latin text); null for anything else.
    /// </summary>
    private static Encoding? Utf16(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith([(byte)0xFF, (byte)0xFE]))
        {
            return Encoding.Unicode;
        }

        if (head.StartsWith([(byte)0xFE, (byte)0xFF]))
        {
            return Encoding.BigEndianUnicode;
        }

        var pairs = head.Length / 2;
        if (pairs < 8)
        {
            return null;
        }

        int zeroHigh = 0, zeroLow = 0;
        for (var i = 0; i + 1 < head.Length; i += 2)
        {
            zeroHigh += head[i] != 0 && head[i + 1] == 0 ? 1 : 0;
            zeroLow += head[i] == 0 && head[i + 1] != 0 ? 1 : 0;
        }

        return zeroHigh * 10 >= pairs * 9 ? Encoding.Unicode
            : zeroLow * 10 >= pairs * 9 ? Encoding.BigEndianUnicode
            : null;
    }

    private static int IndexOf(ReadOnlySpan<byte> span, ReadOnlySpan<byte> value) => span.IndexOf(value);
}
