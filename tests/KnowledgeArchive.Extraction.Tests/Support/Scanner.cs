using System.Diagnostics;
using KnowledgeArchive.Generator.Scans;
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
    public static byte[] ScanToTiff(byte[] pdf, int dpi = 200) =>
        TiffWriter.Write(Render(pdf, dpi, "-gray", ".pgm").Select(GrayPage.FromPgm).ToList(), dpi);

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
}
