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
    private const int StreamSize = 8192;
    private const int TextOffset = 1024;

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

        return CompoundFileBuilder.Build(("WordDocument", word), ("1Table", table));
    }
}
