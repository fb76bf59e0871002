using System.Globalization;
using System.IO.Compression;
using System.Text;
using KnowledgeArchive.Generator.Scans;
using MimeKit;

namespace KnowledgeArchive.Tools.Commands.Hardening;

/// <summary>
/// Writes a folder of files in every format the archive reads beyond PDF and Word, ordinary and hostile, for
/// <c>ka-tools harden</c>: minutes as text, Markdown, HTML, RTF, a spreadsheet decision log, an email with papers
/// attached; and an email bomb of nested attachments, an email with too many attachments, a 10,000-page TIFF, a
/// spreadsheet and an OpenDocument sheet declaring a million empty rows, an RTF carrying a 16 MB embedded object,
/// HTML nested 50,000 deep, a 30 MB line of text (over the plain-text limit). Every file is written in the archive's own words.
/// </summary>
public static class FormatFixtures
{
    private const string Minutes =
        "Minutes of the Finance Committee\n\n1. Apologies\nApologies were received from the Chief Finance Officer.\n\n" +
        "2. Budget 2021/22\nThe Committee approved the revised budget for community services.\n";

    public static IReadOnlyList<string> Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        void Put(string name, byte[] bytes)
        {
            var path = Path.Combine(folder, name);
            File.WriteAllBytes(path, bytes);
            written.Add(path);
        }

        Put("finance committee minutes.txt", Encoding.UTF8.GetBytes(Minutes));
        Put("finance committee minutes.md", Encoding.UTF8.GetBytes("# Minutes of the Finance Committee\n\n| Ref | Decision |\n|---|---|\n| FC21/07 | Approved the revised budget |\n"));
        Put("decisions page.html", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>Decisions</title></head><body><h1>Decisions of the Governing Body</h1><ol start=\"4\"><li>The Governing Body approved the estates strategy.</li></ol></body></html>"));
        Put("governing body minutes.rtf", Encoding.ASCII.GetBytes("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}{\\info{\\title Governing Body minutes}}\\pard\\b Minutes\\b0\\par The Governing Body approved the wheelchair policy at a cost of \\'a340,000.\\par\\page The meeting closed.\\par}"));
        Put("decision log.xlsx", Workbook(["Ref", "Decision"], ["PC21/014", "The committee approved the extension of the care homes service."], 0));
        Put("handover email.eml", Email("Handover papers", "The handover register is attached.", [("register.txt", Encoding.UTF8.GetBytes(Minutes))]));

        Put("hostile - email bomb nested 12 deep.eml", NestedEmail(12));
        Put("hostile - email with 600 attachments.eml", Email("Bomb", "x", [.. Enumerable.Range(1, 600).Select(i => ($"part {i}.txt", new byte[] { (byte)'x' }))]));
        Put("hostile - 10000 page fax.tif", TiffWriter.Write([.. Enumerable.Repeat(new GrayPage(16, 16, new byte[256]), 10_000)], 200));
        Put("hostile - million empty rows.xlsx", Workbook(["Ref", "Decision"], ["FC21/07", "Approved the budget."], 1_000_000));
        Put("hostile - million empty rows.ods", SheetDeclaringEmptyRows(1_048_576));
        Put("hostile - rtf with 16 MB object.rtf", RtfWithObject(16 * 1024 * 1024));
        Put("hostile - html nested 50000 deep.html", Encoding.ASCII.GetBytes("<!DOCTYPE html><html><body>" + string.Concat(Enumerable.Repeat("<div>", 50_000)) + "deep" + "</body></html>"));
        Put("hostile - 30 MB line.txt", Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("budget approved ", 30 * 1024 * 1024 / 16))));
        return written;
    }

    private static byte[] Email(string subject, string body, IReadOnlyList<(string Name, byte[] Bytes)> attachments)
    {
        var builder = new BodyBuilder { TextBody = body };
        foreach (var (name, bytes) in attachments)
        {
            builder.Attachments.Add(name, bytes);
        }

        return Bytes(Message(subject, builder.ToMessageBody()));
    }

    private static byte[] NestedEmail(int depth)
    {
        var message = Message("Innermost", new TextPart("plain") { Text = "The innermost message." });
        for (var i = 0; i < depth; i++)
        {
            var builder = new BodyBuilder { TextBody = string.Create(CultureInfo.InvariantCulture, $"Forwarded, level {depth - i}.") };
            builder.Attachments.Add(new MessagePart { Message = message, ContentDisposition = new ContentDisposition(ContentDisposition.Attachment) { FileName = $"level {depth - i}.eml" } });
            message = Message(string.Create(CultureInfo.InvariantCulture, $"Level {depth - i}"), builder.ToMessageBody());
        }

        return Bytes(message);
    }

    private static MimeMessage Message(string subject, MimeEntity body)
    {
        var message = new MimeMessage { Subject = subject, Body = body, Date = new DateTimeOffset(2022, 6, 1, 9, 0, 0, TimeSpan.Zero) };
        message.From.Add(new MailboxAddress("Board Secretary", "secretary@example.nhs.uk"));
        message.To.Add(new MailboxAddress("Members", "members@example.nhs.uk"));
        return message;
    }

    private static byte[] Bytes(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return stream.ToArray();
    }

    /// <summary>A minimal workbook: a header row, one filled row, then <paramref name="emptyRows"/> empty row elements.</summary>
    private static byte[] Workbook(string[] header, string[] row, int emptyRows)
    {
        var sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        sheet.Append(Row(1, header)).Append(Row(2, row));
        for (var r = 0; r < emptyRows; r++)
        {
            sheet.Append(CultureInfo.InvariantCulture, $"<row r=\"{r + 3}\"/>");
        }

        sheet.Append("</sheetData></worksheet>");
        return Zip(
            ("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>"),
            ("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
            ("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Decision log\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"),
            ("xl/worksheets/sheet1.xml", sheet.ToString()));
    }

    private static string Row(int number, string[] cells) =>
        string.Create(CultureInfo.InvariantCulture, $"<row r=\"{number}\">") +
        string.Concat(cells.Select(c => $"<c t=\"inlineStr\"><is><t>{System.Security.SecurityElement.Escape(c)}</t></is></c>")) + "</row>";

    private static byte[] SheetDeclaringEmptyRows(int rows) => Zip(
        ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
        ("META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/><manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>"),
        ("content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet><table:table table:name=\"Risks\">" +
            "<table:table-row><table:table-cell><text:p>Risk CR12: ambulance handover delays</text:p></table:table-cell></table:table-row>" +
            string.Create(CultureInfo.InvariantCulture, $"<table:table-row table:number-rows-repeated=\"{rows}\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>") +
            "</table:table></office:spreadsheet></office:body></office:document-content>"));

    private static byte[] RtfWithObject(int objectBytes)
    {
        var rtf = new StringBuilder("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\pard Before the object: the Committee approved the plan.\\par{\\object\\objemb{\\*\\objclass Package}{\\*\\objdata ");
        rtf.Append('a', objectBytes * 2);
        rtf.Append("}{\\result embedded spreadsheet}}\\par After the object.\\par}");
        return Encoding.ASCII.GetBytes(rtf.ToString());
    }

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                var entry = zip.CreateEntry(name, name == "mimetype" ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
                using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }

        return stream.ToArray();
    }
}
