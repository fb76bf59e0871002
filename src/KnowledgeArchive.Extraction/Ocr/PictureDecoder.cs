using BitMiracle.LibTiff.Classic;
using KnowledgeArchive.Core.Documents;
using StbImageSharp;

namespace KnowledgeArchive.Extraction.Ocr;

/// <summary>
/// Decodes the pages of a picture file to grey pixels, one page at a time: TIFF (every page, every compression a
/// fax or scanner uses) with LibTiff.NET, PNG, JPEG, GIF and BMP with StbImageSharp. Both are managed code, run in
/// the extraction worker. A page's resolution is the file's own when it says one, otherwise estimated from a page
/// the width of A4.
/// </summary>
internal static class PictureDecoder
{
    private const double A4WidthInches = 8.27;
    private const int MinDpi = 100;
    private const int MaxDpi = 600;

    public static IEnumerable<DecodedPage> Pages(string path, FileFormat format) =>
        format == FileFormat.Tiff ? TiffPages(path) : [Single(path)];

    private static DecodedPage Single(string path)
    {
        var image = ImageResult.FromMemory(File.ReadAllBytes(path), ColorComponents.Grey);
        return new DecodedPage(GrayPicture.FromPixels(image.Width, image.Height, image.Data), Estimate(image.Width));
    }

    private static IEnumerable<DecodedPage> TiffPages(string path)
    {
        Tiff.SetErrorHandler(QuietTiff.Instance);
        using var tiff = Tiff.Open(path, "r") ?? throw new InvalidDataException("the TIFF cannot be opened");
        do
        {
            var width = tiff.GetField(TiffTag.IMAGEWIDTH)?[0].ToInt() ?? 0;
            var height = tiff.GetField(TiffTag.IMAGELENGTH)?[0].ToInt() ?? 0;
            if (width <= 0 || height <= 0)
            {
                throw new InvalidDataException("a page of the TIFF has no size");
            }

            var raster = new int[width * height];
            if (!tiff.ReadRGBAImageOriented(width, height, raster, Orientation.TOPLEFT))
            {
                throw new InvalidDataException("a page of the TIFF cannot be decoded");
            }

            var gray = new byte[raster.Length];
            for (var i = 0; i < raster.Length; i++)
            {
                var pixel = raster[i];
                gray[i] = (byte)(((Tiff.GetR(pixel) * 299) + (Tiff.GetG(pixel) * 587) + (Tiff.GetB(pixel) * 114)) / 1000);
            }

            yield return new DecodedPage(GrayPicture.FromPixels(width, height, gray), Resolution(tiff) ?? Estimate(width));
        }
        while (tiff.ReadDirectory());
    }

    private static int? Resolution(Tiff tiff)
    {
        var value = tiff.GetField(TiffTag.XRESOLUTION)?[0].ToFloat() ?? 0;
        var unit = tiff.GetField(TiffTag.RESOLUTIONUNIT)?[0].ToInt() ?? 2;
        var dpi = unit == 3 ? value * 2.54 : value;
        return dpi is >= MinDpi and <= MaxDpi ? (int)Math.Round(dpi) : null;
    }

    private static int Estimate(int width) => Math.Clamp((int)Math.Round(width / A4WidthInches), MinDpi, MaxDpi);

    /// <summary>LibTiff's warnings and errors go nowhere: a broken file is reported by what fails to decode.</summary>
    private sealed class QuietTiff : TiffErrorHandler
    {
        public static readonly QuietTiff Instance = new();

        public override void WarningHandler(Tiff tif, string method, string format, params object[] args)
        {
        }

        public override void WarningHandlerExt(Tiff tif, object clientData, string method, string format, params object[] args)
        {
        }

        public override void ErrorHandler(Tiff tif, string method, string format, params object[] args)
        {
        }

        public override void ErrorHandlerExt(Tiff tif, object clientData, string method, string format, params object[] args)
        {
        }
    }
}

/// <summary>One decoded page of a picture file and the resolution it is read at.</summary>
internal sealed record DecodedPage(GrayPicture Picture, int Dpi);
