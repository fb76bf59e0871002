using System.Text;

namespace KnowledgeArchive.Extraction.Detection;

/// <summary>
/// Just enough of the OLE compound file format (MS-CFB) to list a file's stream names: the test that tells a legacy
/// .doc from an encrypted .docx (which Office wraps as an <c>EncryptedPackage</c> stream in a compound file).
/// </summary>
public static class OleCompoundFile
{
    private const int MaxDirectorySectors = 4096;
    private const uint EndOfChain = 0xFFFFFFFE;

    /// <summary>The eight bytes every compound file starts with.</summary>
    public static ReadOnlySpan<byte> Signature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Whether the compound file at <paramref name="path"/> holds a stream or storage of this name.</summary>
    public static bool HasStream(string path, string name) =>
        ReadEntryNames(path).Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The names in the compound file's directory; empty when it cannot be read.</summary>
    public static IReadOnlyList<string> ReadEntryNames(string path)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            return ReadEntryNames(bytes);
        }
        catch (IOException)
        {
            return [];
        }
    }

    private static List<string> ReadEntryNames(byte[] bytes)
    {
        var names = new List<string>();
        if (bytes.Length < 512 || !bytes.AsSpan().StartsWith(Signature))
        {
            return names;
        }

        var sectorShift = BitConverter.ToUInt16(bytes, 30);
        if (sectorShift is not (9 or 12))
        {
            return names;
        }

        var sectorSize = 1 << sectorShift;
        var fat = ReadFat(bytes, sectorSize);
        var sector = BitConverter.ToUInt32(bytes, 48);
        var seen = 0;
        while (sector < EndOfChain && seen++ < MaxDirectorySectors)
        {
            var offset = (long)(sector + 1) * sectorSize;
            if (offset + sectorSize > bytes.Length)
            {
                break;
            }

            for (var entry = 0; entry < sectorSize / 128; entry++)
            {
                var start = (int)offset + (entry * 128);
                var nameLength = BitConverter.ToUInt16(bytes, start + 64);
                if (nameLength is >= 2 and <= 64)
                {
                    names.Add(Encoding.Unicode.GetString(bytes, start, nameLength - 2));
                }
            }

            sector = sector < fat.Count ? fat[(int)sector] : EndOfChain;
        }

        return names;
    }

    private static List<uint> ReadFat(byte[] bytes, int sectorSize)
    {
        // The first 109 FAT sector numbers sit in the header; enough for files up to ~7 MB of directory reach.
        var fat = new List<uint>();
        for (var i = 0; i < 109; i++)
        {
            var fatSector = BitConverter.ToUInt32(bytes, 76 + (i * 4));
            if (fatSector >= EndOfChain - 1)
            {
                break;
            }

            var offset = (long)(fatSector + 1) * sectorSize;
            if (offset + sectorSize > bytes.Length)
            {
                break;
            }

            for (var j = 0; j < sectorSize / 4; j++)
            {
                fat.Add(BitConverter.ToUInt32(bytes, (int)offset + (j * 4)));
            }
        }

        return fat;
    }
}
