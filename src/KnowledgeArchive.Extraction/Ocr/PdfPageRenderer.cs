using System.Globalization;
using KnowledgeArchive.Core.Configuration;

namespace KnowledgeArchive.Extraction.Ocr;

/// <summary>
/// Draws one page of a PDF as a PNG with poppler's <c>pdftoppm</c>, the renderer OCR uses, so readers can see a page
/// as printed beside its text. A missing renderer or a page it cannot draw is a reason, never an exception.
/// </summary>
public sealed class PdfPageRenderer
{
    private readonly OcrOptions options;
    private readonly Lazy<string?> pdftoppm;

    public PdfPageRenderer(OcrOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
        pdftoppm = new Lazy<string?>(() => ExternalProgram.Locate(options.PdftoppmPath));
    }

    /// <summary>The resolution pages are drawn at: that of the page pictures kept for readers.</summary>
    public int Dpi => options.PictureDpi;

    /// <summary>Why pages cannot be drawn on this machine; null when they can.</summary>
    public string? Problem => pdftoppm.Value is null
        ? $"poppler's page renderer '{options.PdftoppmPath}' is not installed (Debian: apt-get install poppler-utils)"
        : null;

    /// <summary>Draws page <paramref name="pageNumber"/> of <paramref name="pdfPath"/> into <paramref name="pngPath"/>; null when done, else why not.</summary>
    public string? Render(string pdfPath, int pageNumber, string pngPath, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(pdfPath);
        ArgumentException.ThrowIfNullOrEmpty(pngPath);
        if (Problem is { } problem)
        {
            return problem;
        }

        var page = pageNumber.ToString(CultureInfo.InvariantCulture);
        var prefix = pngPath.EndsWith(".png", StringComparison.OrdinalIgnoreCase) ? pngPath[..^4] : pngPath;
        try
        {
            var run = ExternalProgram.Run(
                pdftoppm.Value!,
                ["-png", "-r", Dpi.ToString(CultureInfo.InvariantCulture), "-f", page, "-l", page, "-singlefile", pdfPath, prefix],
                options.PageTimeout,
                cancellationToken);
            return run.ExitCode == 0 && File.Exists(prefix + ".png") ? null : $"the page could not be drawn: {run.FirstError}";
        }
        catch (TimeoutException ex)
        {
            return ex.Message;
        }
    }
}
