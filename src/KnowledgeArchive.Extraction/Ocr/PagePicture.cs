using KnowledgeArchive.Core.Extraction;
using StbImageWriteSharp;

namespace KnowledgeArchive.Extraction.Ocr;

/// <summary>The picture of a scanned page kept for readers: the page as read, shrunk to about the resolution asked for, as a JPEG.</summary>
internal static class PagePicture
{
    private const int Quality = 70;

    public static PageImage Jpeg(GrayPicture page, int dpi, int pictureDpi, int number)
    {
        var small = page.Shrunk(Math.Max(1, (int)Math.Round((double)dpi / Math.Max(1, pictureDpi))));
        using var jpeg = new MemoryStream();
        new ImageWriter().WriteJpg(small.Pixels.ToArray(), small.Width, small.Height, ColorComponents.Grey, jpeg, Quality);
        return new PageImage(number, "image/jpeg", jpeg.ToArray());
    }
}
