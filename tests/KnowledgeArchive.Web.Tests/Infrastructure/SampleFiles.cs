using KnowledgeArchive.Generator.Model;
using KnowledgeArchive.Generator.Writers;

namespace KnowledgeArchive.Web.Tests.Infrastructure;

/// <summary>Small real PDF and .docx files made with the product's generator: a title on page 1, then one page per text.</summary>
public static class SampleFiles
{
    public static byte[] Pdf(string title, params string[] pages) => new PdfDocumentWriter().ToBytes(Spec(title, pages));

    /// <summary>A scan of <see cref="Pdf"/>: its pages rendered to pictures (poppler's pdftoppm) in a PDF with no text layer.</summary>
    public static byte[] ScannedPdf(string title, params string[] pages)
    {
        var folder = Directory.CreateTempSubdirectory("ka-scan-");
        try
        {
            var source = Path.Combine(folder.FullName, "source.pdf");
            File.WriteAllBytes(source, Pdf(title, pages));
            using (var render = System.Diagnostics.Process.Start("pdftoppm", ["-r", "200", "-png", source, Path.Combine(folder.FullName, "page")]))
            {
                render.WaitForExit();
                Assert.Equal(0, render.ExitCode);
            }

            using var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
            foreach (var picture in Directory.GetFiles(folder.FullName, "page*.png").Order(StringComparer.Ordinal))
            {
                var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
                page.AddPng(File.ReadAllBytes(picture), new UglyToad.PdfPig.Core.PdfRectangle(0, 0, page.PageSize.Width, page.PageSize.Height));
            }

            return builder.Build();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    public static byte[] Docx(string title, params string[] pages) => new DocxDocumentWriter().ToBytes(Spec(title, pages));

    private static DocumentSpec Spec(string title, string[] pages) =>
        new(title, [.. pages.Select((text, i) => i == 0
            ? PageSpec.Of(new HeadingBlock(title, 0), new ParagraphBlock(text))
            : PageSpec.Of(new ParagraphBlock(text)))])
        {
            PropertiesTitle = title,
        };
}
