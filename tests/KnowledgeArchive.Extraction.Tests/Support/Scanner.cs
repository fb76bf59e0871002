using System.Diagnostics;
using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace KnowledgeArchive.Extraction.Tests.Support;

/// <summary>
/// Makes scans as an office copier would: a born-digital PDF is rendered to page pictures (poppler's pdftoppm), and
/// the pictures are written out as an image-only PDF, a PNG or a TIFF, with no text layer left.
/// </summary>
public static class Scanner
{
    /// <summary>An image-only PDF: each page of <paramref name="pdf"/> rendered at <paramref name="dpi"/> and placed as a picture.</summary>
    public static byte[] ScanToPdf(byte[] pdf, int dpi = 200)
    {
        var pictures = Render(pdf, dpi, "-png", ".png");
        using var builder = new PdfDocumentBuilder();
        foreach (var picture in pictures)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddPng(picture, new PdfRectangle(0, 0, page.PageSize.Width, page.PageSize.Height));
        }

        return builder.Build();
    }

    /// <summary>The first page of <paramref name="pdf"/> as a PNG picture.</summary>
    public static byte[] ScanToPng(byte[] pdf, int dpi = 200) => Render(pdf, dpi, "-png", ".png")[0];

    /// <summary>The pages of <paramref name="pdf"/> as a multi-page TIFF, as a fax machine keeps them.</summary>
    public static byte[] ScanToTiff(byte[] pdf, int dpi = 200)
    {
        var pages = Render(pdf, dpi, "-gray", ".pgm").Select(ReadPgm).ToList();
        return Tiff(pages, dpi);
    }

    /// <summary>A multi-page 8-bit grey TIFF, uncompressed, of the given pages.</summary>
    public static byte[] Tiff(IReadOnlyList<(int Width, int Height, byte[] Pixels)> pages, int dpi)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        writer.Write("II*\0"u8);
        writer.Write(0u); // Offset of the first directory, filled in below.
        var previousLink = 4L;
        foreach (var (width, height, pixels) in pages)
        {
            var dataOffset = (uint)stream.Position;
            writer.Write(pixels);
            var resolutionOffset = (uint)stream.Position;
            writer.Write((uint)dpi);
            writer.Write(1u);
            if (stream.Position % 2 == 1)
            {
                writer.Write((byte)0);
            }

            var directory = (uint)stream.Position;
            stream.Position = previousLink;
            writer.Write(directory);
            stream.Position = directory;
            (ushort Tag, ushort Type, uint Value)[] entries =
            [
                (256, 4, (uint)width), (257, 4, (uint)height), (258, 3, 8), (259, 3, 1), (262, 3, 1),
                (273, 4, dataOffset), (277, 3, 1), (278, 4, (uint)height), (279, 4, (uint)pixels.Length),
                (282, 5, resolutionOffset), (283, 5, resolutionOffset), (296, 3, 2),
            ];
            writer.Write((ushort)entries.Length);
            foreach (var (tag, type, value) in entries)
            {
                writer.Write(tag);
                writer.Write(type);
                writer.Write(1u);
                writer.Write(value);
            }

            previousLink = stream.Position;
            writer.Write(0u);
        }

        writer.Flush();
        return stream.ToArray();
    }

    private static List<byte[]> Render(byte[] pdf, int dpi, string kind, string extension)
    {
        var folder = Directory.CreateTempSubdirectory("ka-scan-");
        try
        {
            var source = Path.Combine(folder.FullName, "source.pdf");
            File.WriteAllBytes(source, pdf);
            var start = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), kind, source, Path.Combine(folder.FullName, "page") })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return Directory.GetFiles(folder.FullName, "page*" + extension).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static (int Width, int Height, byte[] Pixels) ReadPgm(byte[] pgm)
    {
        var header = Encoding.ASCII.GetString(pgm, 0, 64).Split((char[])['\n', ' '], 5, StringSplitOptions.RemoveEmptyEntries);
        var width = int.Parse(header[1], System.Globalization.CultureInfo.InvariantCulture);
        var height = int.Parse(header[2], System.Globalization.CultureInfo.InvariantCulture);
        return (width, height, pgm[^(width * height)..]);
    }
}
