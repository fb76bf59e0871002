using System.Buffers.Binary;
using System.Text;

namespace KnowledgeArchive.Extraction.Tests.Support;

/// <summary>
/// Writes OLE compound files (MS-CFB, 512-byte sectors): the container of legacy .doc files and of
/// password-protected Office documents.
/// </summary>
public static class CompoundFileBuilder
{
    private const int SectorSize = 512;
    private const int MiniStreamCutoff = 4096;
    private const uint EndOfChain = 0xFFFFFFFE;

    /// <summary>A compound file whose directory names these streams, each holding zeros.</summary>
    public static byte[] WithStreams(params string[] names) =>
        Build([.. names.Select(n => (n, new byte[MiniStreamCutoff]))]);

    public static byte[] Build(params (string Name, byte[] Data)[] streams)
    {
        // Streams of 4096 bytes or more live in regular sectors, so no mini stream is needed.
        var sizes = streams.Select(s => Math.Max(MiniStreamCutoff, (s.Data.Length + SectorSize - 1) / SectorSize * SectorSize)).ToArray();
        var file = new byte[SectorSize * (3 + sizes.Sum() / SectorSize)];
        var header = file.AsSpan(0, SectorSize);
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[24..], 0x3E);
        BinaryPrimitives.WriteUInt16LittleEndian(header[26..], 3);
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header[30..], 9);
        BinaryPrimitives.WriteUInt16LittleEndian(header[32..], 6);
        BinaryPrimitives.WriteUInt32LittleEndian(header[44..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header[48..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header[56..], MiniStreamCutoff);
        BinaryPrimitives.WriteUInt32LittleEndian(header[60..], EndOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(header[68..], EndOfChain);
        for (var i = 0; i < 109; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header[(76 + (i * 4))..], i == 0 ? 0u : 0xFFFFFFFF);
        }

        var fat = new uint[SectorSize / 4];
        Array.Fill(fat, 0xFFFFFFFF);
        fat[0] = 0xFFFFFFFD;
        fat[1] = EndOfChain;
        var directory = file.AsSpan(SectorSize * 2, SectorSize);
        WriteEntry(directory, 0, "Root Entry", 5, EndOfChain, 0);
        var next = 2u;
        for (var s = 0; s < streams.Length; s++)
        {
            var start = next;
            var sectorsPer = sizes[s] / SectorSize;
            for (var k = 0; k < sectorsPer; k++)
            {
                fat[next] = k == sectorsPer - 1 ? EndOfChain : next + 1;
                next++;
            }

            streams[s].Data.CopyTo(file, (int)(start + 1) * SectorSize);
            WriteEntry(directory, s + 1, streams[s].Name, 2, start, Math.Max(MiniStreamCutoff, streams[s].Data.Length));
        }

        for (var i = 0; i < fat.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(SectorSize + (i * 4)), fat[i]);
        }

        return file;
    }

    private static void WriteEntry(Span<byte> directory, int index, string name, byte type, uint start, int size)
    {
        var entry = directory.Slice(index * 128, 128);
        var bytes = Encoding.Unicode.GetBytes(name + "\0");
        bytes.CopyTo(entry);
        BinaryPrimitives.WriteUInt16LittleEndian(entry[64..], (ushort)bytes.Length);
        entry[66] = type;
        BinaryPrimitives.WriteUInt32LittleEndian(entry[116..], start);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[120..], (uint)size);
    }
}
