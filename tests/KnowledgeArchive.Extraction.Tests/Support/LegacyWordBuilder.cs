using System.Buffers.Binary;
using System.Text;

namespace KnowledgeArchive.Extraction.Tests.Support;

/// <summary>
/// Writes a minimal Word 97-2003 (.doc) file: a compound file with a WordDocument stream (file information block
/// and UTF-16 text) and a 1Table stream holding a one-piece piece table. Text uses Word's control characters:
/// '\r' paragraph, '\f' page break, '\a' cell mark, '\u0013'/'\u0014'/'\u0015' field begin/separator/end.
/// </summary>
public static class LegacyWordBuilder
{
    private const int SectorSize = 512;
    private const int StreamSize = 8192;
    private const int TextOffset = 1024;
    private const uint EndOfChain = 0xFFFFFFFE;

    public static byte[] Build(string mainText, string headerText = "", bool encrypted = false)
    {
        var all = mainText + headerText;
        var word = new byte[StreamSize];
        BinaryPrimitives.WriteUInt16LittleEndian(word, 0xA5EC);
        BinaryPrimitives.WriteUInt16LittleEndian(word.AsSpan(0x0A), (ushort)(0x0200 | (encrypted ? 0x0100 : 0)));
        BinaryPrimitives.WriteUInt16LittleEndian(word.AsSpan(32), 14);
        const int rgLw = 62 + 2;
        BinaryPrimitives.WriteUInt16LittleEndian(word.AsSpan(62), 22);
        BinaryPrimitives.WriteInt32LittleEndian(word.AsSpan(rgLw + 12), mainText.Length);
        BinaryPrimitives.WriteInt32LittleEndian(word.AsSpan(rgLw + 20), headerText.Length);
        const int fcLcb = rgLw + (22 * 4) + 2;
        BinaryPrimitives.WriteUInt16LittleEndian(word.AsSpan(fcLcb - 2), 93);
        BinaryPrimitives.WriteInt32LittleEndian(word.AsSpan(fcLcb + (33 * 8)), 0);
        BinaryPrimitives.WriteInt32LittleEndian(word.AsSpan(fcLcb + (33 * 8) + 4), 21);
        Encoding.Unicode.GetBytes(all).CopyTo(word, TextOffset);

        var table = new byte[StreamSize];
        table[0] = 0x02;
        BinaryPrimitives.WriteInt32LittleEndian(table.AsSpan(1), 16);
        BinaryPrimitives.WriteInt32LittleEndian(table.AsSpan(5), 0);
        BinaryPrimitives.WriteInt32LittleEndian(table.AsSpan(9), all.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(table.AsSpan(13 + 2), TextOffset);

        return Compound(("WordDocument", word), ("1Table", table));
    }

    private static byte[] Compound(params (string Name, byte[] Data)[] streams)
    {
        var sectorsPer = StreamSize / SectorSize;
        var file = new byte[SectorSize * (3 + (streams.Length * sectorsPer))];
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
        BinaryPrimitives.WriteUInt32LittleEndian(header[56..], 4096);
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
            for (var k = 0; k < sectorsPer; k++)
            {
                fat[next] = k == sectorsPer - 1 ? EndOfChain : next + 1;
                next++;
            }

            streams[s].Data.CopyTo(file, (int)(start + 1) * SectorSize);
            WriteEntry(directory, s + 1, streams[s].Name, 2, start, streams[s].Data.Length);
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
