using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;

namespace KnowledgeArchive.Extraction.Ocr;

/// <summary>
/// Reads pictures of pages with Tesseract: a scanned PDF page is first rendered by poppler's <c>pdftoppm</c>, a page
/// of a picture file comes decoded (<see cref="PictureDecoder"/>). Every page is cleaned, read and laid out the same
/// way. Each page has its own time limit and says when it is done (<see cref="ExtractionHeartbeat"/>), so a long
/// scan is watched page by page. A missing program is a <see cref="Problem"/>, never an exception.
/// </summary>
public sealed class OcrEngine
{
    private const double PointsPerInch = 72;

    private static readonly Dictionary<string, string> OneThread = new() { ["OMP_THREAD_LIMIT"] = "1" };

    private readonly OcrOptions options;
    private readonly Lazy<string?> tesseract;
    private readonly Lazy<string?> pdftoppm;
    private readonly Lazy<string?> problem;

    public OcrEngine(OcrOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
        tesseract = new Lazy<string?>(() => ExternalProgram.Locate(options.TesseractPath));
        pdftoppm = new Lazy<string?>(() => ExternalProgram.Locate(options.PdftoppmPath));
        problem = new Lazy<string?>(FindProblem);
    }

    public OcrOptions Options => options;

    /// <summary>Why scanned pages cannot be read on this machine; null when they can.</summary>
    public string? Problem => problem.Value;

    /// <summary>Why a PDF's scanned pages cannot be rendered to be read; null when they can.</summary>
    public string? PdfProblem => Problem ?? (pdftoppm.Value is null
        ? $"poppler's page renderer '{options.PdftoppmPath}' is not installed (Debian: apt-get install poppler-utils)"
        : null);

    /// <summary>
    /// Renders a scanned page of a PDF and reads it, at the resolution it was scanned at, but no less than
    /// <see cref="OcrOptions.MinDpi"/> (Tesseract reads small type badly below it) and no more than
    /// <see cref="OcrOptions.Dpi"/> (more pixels than the scan has add time, not words).
    /// </summary>
    internal RecognisedPage ReadPdfPage(string pdfPath, ScannedPage page, CancellationToken cancellationToken)
    {
        var (number, pageHeight) = (page.Number, page.Height);
        var dpi = Math.Clamp(page.ImageDpi ?? options.Dpi, Math.Min(options.MinDpi, options.Dpi), options.Dpi);
        var folder = Directory.CreateTempSubdirectory("ka-ocr-");
        try
        {
            var scan = Path.Combine(folder.FullName, "scan");
            var render = ExternalProgram.Run(
                pdftoppm.Value!,
                ["-r", Invariant(dpi), "-gray", "-f", Invariant(number), "-l", Invariant(number), "-singlefile", pdfPath, scan],
                options.PageTimeout,
                cancellationToken);
            var gray = render.ExitCode == 0 && File.Exists(scan + ".pgm") ? GrayPicture.Read(scan + ".pgm") : null;
            if (gray is null)
            {
                return Failed(pageHeight, $"the page could not be rendered to be read: {render.FirstError}");
            }

            var picture = PagePicture.Jpeg(gray, dpi, options.PictureDpi, number);
            return Read(gray, dpi, folder.FullName, cancellationToken) with { Picture = picture };
        }
        catch (Exception ex) when (ex is TimeoutException or OcrFailedException)
        {
            return Failed(pageHeight, ex.Message);
        }
        finally
        {
            ExtractionHeartbeat.Beat(2 * options.PageTimeout);
            TryDelete(folder);
        }
    }

    /// <summary>Reads one decoded page of a picture file (a photo, a scan, a page of a fax) at <paramref name="dpi"/>.</summary>
    internal RecognisedPage ReadPicture(GrayPicture gray, int dpi, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("ka-ocr-");
        try
        {
            return Read(gray, dpi, folder.FullName, cancellationToken);
        }
        catch (Exception ex) when (ex is TimeoutException or OcrFailedException)
        {
            return Failed(gray.Height * PointsPerInch / dpi, ex.Message) with { Ocr = new PageOcr(0, 0, dpi, ex.Message) };
        }
        finally
        {
            ExtractionHeartbeat.Beat(2 * options.PageTimeout);
            TryDelete(folder);
        }
    }

    /// <summary>
    /// Cleans specks off a grey page, has Tesseract read it, and lays its words and rules out in points: the one
    /// way every scanned page is read.
    /// </summary>
    private RecognisedPage Read(GrayPicture gray, int dpi, string folder, CancellationToken cancellationToken)
    {
        gray.RemoveSpecks(SpeckArea(dpi), Math.Max(2, dpi / 25));
        var pgm = Path.Combine(folder, "clean.pgm");
        gray.Write(pgm);
        var pictures = Recognise(pgm, dpi, options.PageTimeout, cancellationToken);
        var picture = pictures.Count > 0 ? pictures[0] : new OcrPicture(1, gray.Width, gray.Height, []);
        var scale = PointsPerInch / dpi;
        var height = gray.Height * scale;
        var skew = OcrLayout.Skew(picture);
        var words = OcrLayout.Words(picture, scale, height, gray, skew);
        return new RecognisedPage(height, words, new PageOcr(Math.Round(picture.MeanConfidence, 1), words.Count, dpi), null)
        {
            Rulings = ScanRules.Find(gray, dpi, scale, height, skew),
        };
    }

    /// <summary>Reads a picture file at <paramref name="dpi"/>; a picture for each of its pages.</summary>
    private IReadOnlyList<OcrPicture> Recognise(string imagePath, int dpi, TimeSpan timeout, CancellationToken cancellationToken)
    {
        List<string> arguments = [imagePath, "stdout", "-l", options.Language, "--psm", Invariant(options.PageSegmentationMode), "--dpi", Invariant(dpi), "tsv"];
        var run = ExternalProgram.Run(tesseract.Value!, arguments, timeout, cancellationToken, OneThread);
        if (run.ExitCode != 0)
        {
            throw new OcrFailedException($"the recogniser could not read the picture: {run.FirstError}");
        }

        return TesseractTsv.Parse(run.Output);
    }

    /// <summary>The largest speck, in pixels at the reading resolution: 20 at 300 dpi.</summary>
    private static int SpeckArea(int dpi) => Math.Max(2, (int)Math.Round(20.0 * dpi * dpi / (300.0 * 300.0)));

    private RecognisedPage Failed(double pageHeight, string why) =>
        new(pageHeight, [], new PageOcr(0, 0, options.Dpi, why), null);

    private string? FindProblem()
    {
        if (!options.Enabled)
        {
            return "OCR is turned off (Archive:Ocr:Enabled)";
        }

        if (tesseract.Value is null)
        {
            return $"the OCR engine '{options.TesseractPath}' is not installed (Debian: apt-get install tesseract-ocr tesseract-ocr-eng)";
        }

        try
        {
            var languages = ExternalProgram.Run(tesseract.Value, ["--list-langs"], TimeSpan.FromSeconds(30), CancellationToken.None);
            var installed = (languages.Output + "\n" + languages.ErrorTail).Split('\n').Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
            var missing = options.Language.Split('+').Where(l => !installed.Contains(l)).ToList();
            return missing.Count == 0 ? null
                : $"the OCR engine has no language data for {string.Join(", ", missing)} (Debian: apt-get install tesseract-ocr-{missing[0]})";
        }
        catch (Exception ex) when (ex is TimeoutException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return $"the OCR engine '{tesseract.Value}' does not run: {ex.Message}";
        }
    }

    private static void TryDelete(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The recogniser ran and failed on a picture.</summary>
internal sealed class OcrFailedException(string message) : Exception(message);

/// <summary>A file has more pages to read by OCR than one file may have.</summary>
internal sealed class TooManyScannedPagesException(string message) : Exception(message);
