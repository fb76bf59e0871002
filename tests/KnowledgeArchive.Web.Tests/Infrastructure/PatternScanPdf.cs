using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using KnowledgeArchive.Generator.Scans;

namespace KnowledgeArchive.Web.Tests.Infrastructure;

/// <summary>
/// A one-page scan whose picture is painted through a tiling pattern, as some scanning software writes them: the
/// page shows the text when printed or rendered, yet holds neither words nor a picture a text extractor looks for,
/// so the archive finds it empty until it is read by OCR.
/// </summary>
public static class PatternScanPdf
{
    private const int Width = 595;
    private const int Height = 842;

    public static byte[] Create(string title, string text)
    {
        var picture = Render(SampleFiles.Pdf(title, text));
        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(picture.Pixels);
        }

        var paint = Encoding.ASCII.GetBytes($"q {Width} 0 0 {Height} 0 0 cm /Im0 Do Q");
        var fill = Encoding.ASCII.GetBytes($"/Pattern cs /P0 scn 0 0 {Width} {Height} re f");
        var objects = new List<byte[]>
        {
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Ascii($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {Width} {Height}] /Resources << /Pattern << /P0 5 0 R >> >> /Contents 4 0 R >>"),
            Stream("", fill),
            Stream($"/Type /Pattern /PatternType 1 /PaintType 1 /TilingType 1 /BBox [0 0 {Width} {Height}] /XStep {Width} /YStep {Height} /Resources << /XObject << /Im0 6 0 R >> >> ", paint),
            Stream($"/Type /XObject /Subtype /Image /Width {picture.Width} /Height {picture.Height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode ", pixels.ToArray()),
        };
        return Write(objects);
    }

    private static GrayPage Render(byte[] pdf)
    {
        var folder = Directory.CreateTempSubdirectory("ka-pattern-scan-");
        try
        {
            var source = Path.Combine(folder.FullName, "source.pdf");
            File.WriteAllBytes(source, pdf);
            var start = new ProcessStartInfo("pdftoppm") { UseShellExecute = false };
            foreach (var argument in new[] { "-r", "200", "-gray", "-singlefile", "-f", "1", "-l", "1", source, Path.Combine(folder.FullName, "page") })
            {
                start.ArgumentList.Add(argument);
            }

            using (var process = Process.Start(start)!)
            {
                process.WaitForExit();
                Assert.Equal(0, process.ExitCode);
            }

            return GrayPage.FromPgm(File.ReadAllBytes(Path.Combine(folder.FullName, "page.pgm")));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    private static byte[] Stream(string dictionary, byte[] content) =>
        [.. Ascii($"<< {dictionary}/Length {content.Length.ToString(CultureInfo.InvariantCulture)} >>\nstream\n"), .. content, .. Ascii("\nendstream")];

    private static byte[] Write(List<byte[]> objects)
    {
        using var pdf = new MemoryStream();
        pdf.Write(Ascii("%PDF-1.4\n"));
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            pdf.Write(Ascii($"{i + 1} 0 obj\n"));
            pdf.Write(objects[i]);
            pdf.Write(Ascii("\nendobj\n"));
        }

        var xref = pdf.Position;
        var table = new StringBuilder().Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        pdf.Write(Ascii(table.ToString()));
        return pdf.ToArray();
    }
}
