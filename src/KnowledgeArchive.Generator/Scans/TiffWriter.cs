namespace KnowledgeArchive.Generator.Scans;

/// <summary>Writes grey page pictures as one uncompressed multi-page TIFF, as a fax machine or scanner keeps them.</summary>
public static class TiffWriter
{
    public static byte[] Write(IReadOnlyList<GrayPage> pages, int dpi)
    {
        ArgumentNullException.ThrowIfNull(pages);
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        writer.Write("II*\0"u8);
        writer.Write(0u); // Offset of the first directory, filled in below.
        var previousLink = 4L;
        foreach (var page in pages)
        {
            var dataOffset = (uint)stream.Position;
            writer.Write(page.Pixels);
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
                (256, 4, (uint)page.Width), (257, 4, (uint)page.Height), (258, 3, 8), (259, 3, 1), (262, 3, 1),
                (273, 4, dataOffset), (277, 3, 1), (278, 4, (uint)page.Height), (279, 4, (uint)page.Pixels.Length),
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
}
