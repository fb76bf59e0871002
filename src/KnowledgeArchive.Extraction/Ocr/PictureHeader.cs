using System.Buffers.Binary;

namespace KnowledgeArchive.Extraction.Ocr;

/// <summary>
/// What an image file's header says about it: how many pages it holds (a TIFF may hold many) and the largest page's
/// size in pixels, read without decoding a pixel, so a picture too large to read is refused before it is opened.
/// </summary>
internal sealed record PictureHeader(int Pages, long LargestPixels)
{
    private const int MaxTiffPagesCounted = 100_000;

    /// <summary>Reads the header of a PNG, JPEG, TIFF, GIF or BMP file; null when it cannot be read as one.</summary>
    public static PictureHeader? Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var span = bytes.AsSpan();
        if (span.Length >= 24 && span.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]))
        {
            return Single(BinaryPrimitives.ReadUInt32BigEndian(span[16..]), BinaryPrimitives.ReadUInt32BigEndian(span[20..]));
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8]))
        {
            return Jpeg(span);
        }

        if (span.Length >= 8 && (span.StartsWith("II*\0"u8) || span.StartsWith("MM\0*"u8)))
        {
            return Tiff(span, span[0] == (byte)'I');
        }

        if (span.Length >= 10 && span.StartsWith("GIF8"u8))
        {
            return Single(BinaryPrimitives.ReadUInt16LittleEndian(span[6..]), BinaryPrimitives.ReadUInt16LittleEndian(span[8..]));
        }

        if (span.Length >= 26 && span.StartsWith("BM"u8))
        {
            return Single((uint)Math.Abs(BinaryPrimitives.ReadInt32LittleEndian(span[18..])), (uint)Math.Abs(BinaryPrimitives.ReadInt32LittleEndian(span[22..])));
        }

        return null;
    }

    private static PictureHeader? Single(uint width, uint height) =>
        width == 0 || height == 0 ? null : new PictureHeader(1, (long)width * height);

    private static PictureHeader? Jpeg(ReadOnlySpan<byte> span)
    {
        var at = 2;
        while (at + 9 < span.Length)
        {
            if (span[at] != 0xFF)
            {
                return null;
            }

            var marker = span[at + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(span[(at + 2)..]);
            var isFrame = marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
            if (isFrame)
            {
                return Single(BinaryPrimitives.ReadUInt16BigEndian(span[(at + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(span[(at + 5)..]));
            }

            at += 2 + length;
        }

        return null;
    }

    private static PictureHeader? Tiff(ReadOnlySpan<byte> span, bool little)
    {
        var pages = 0;
        long largest = 0;
        var seen = new HashSet<long>();
        long offset = U32(span, 4, little);
        while (offset > 0 && offset + 2 <= span.Length && seen.Add(offset) && pages < MaxTiffPagesCounted)
        {
            var entries = U16(span, (int)offset, little);
            var end = offset + 2 + (entries * 12L);
            if (end + 4 > span.Length)
            {
                break;
            }

            uint width = 0, height = 0;
            for (var i = 0; i < entries; i++)
            {
                var entry = (int)offset + 2 + (i * 12);
                var tag = U16(span, entry, little);
                var type = U16(span, entry + 2, little);
                var value = type == 3 ? U16(span, entry + 8, little) : U32(span, entry + 8, little);
                if (tag == 256)
                {
                    width = value;
                }
                else if (tag == 257)
                {
                    height = value;
                }
            }

            pages++;
            largest = Math.Max(largest, (long)width * height);
            offset = U32(span, (int)end, little);
        }

        return pages == 0 ? null : new PictureHeader(pages, largest);
    }

    private static ushort U16(ReadOnlySpan<byte> span, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(span[at..]) : BinaryPrimitives.ReadUInt16BigEndian(span[at..]);

    private static uint U32(ReadOnlySpan<byte> span, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(span[at..]) : BinaryPrimitives.ReadUInt32BigEndian(span[at..]);
}
