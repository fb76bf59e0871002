namespace KnowledgeArchive.Core.Configuration;

/// <summary>
/// Settings under <c>Archive:Ocr</c>: how pages with no text layer (scans, photos, faxes) are read. Tesseract reads
/// them; poppler's <c>pdftoppm</c> turns a PDF's pages into pictures first.
/// </summary>
public sealed class OcrOptions
{
    /// <summary>Read scanned pages at all; off quarantines them as <c>ocr_unavailable</c>.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The Tesseract program: a path, or a name looked up on the PATH.</summary>
    public string TesseractPath { get; set; } = "tesseract";

    /// <summary>Poppler's page rasteriser: a path, or a name looked up on the PATH.</summary>
    public string PdftoppmPath { get; set; } = "pdftoppm";

    /// <summary>Tesseract's language data to read with (<c>eng</c>; several as <c>eng+cym</c>).</summary>
    public string Language { get; set; } = "eng";

    /// <summary>
    /// Tesseract's page segmentation mode. The default, 3, is Tesseract's own layout analysis, which keeps the
    /// columns and table cells of a page apart before it finds lines; 6 reads the page as one block of text, which
    /// suits single-column pages only.
    /// </summary>
    public int PageSegmentationMode { get; set; } = 3;

    /// <summary>
    /// The highest resolution a scanned PDF page is rendered at to be read; a page scanned at less is rendered at
    /// its own resolution, but no less than <see cref="MinDpi"/>.
    /// </summary>
    public int Dpi { get; set; } = 300;

    /// <summary>The lowest resolution a scanned PDF page is rendered at to be read.</summary>
    public int MinDpi { get; set; } = 200;

    /// <summary>The resolution of the page picture kept for readers to compare with the text.</summary>
    public int PictureDpi { get; set; } = 100;

    /// <summary>Reading one page is stopped after this long and the page left without text.</summary>
    public TimeSpan PageTimeout { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>How many pages of one scanned file are read at once (one Tesseract process each); default: one a core.</summary>
    public int PagesInParallel { get; set; } = Environment.ProcessorCount;

    /// <summary>
    /// How many files are read by OCR at once, in their own lane beside the reading slots: a file that needs OCR
    /// waits there, so scans never hold up born-digital files (each file still reads <see cref="PagesInParallel"/>
    /// pages at once).
    /// </summary>
    public int FilesInParallel { get; set; } = 1;

    /// <summary>A file with more pages to read than this is quarantined as too large rather than read for hours.</summary>
    public int MaxPages { get; set; } = 300;

    /// <summary>A picture larger than this many pixels (width times height) is not decoded.</summary>
    public long MaxPixels { get; set; } = 150_000_000;
}
