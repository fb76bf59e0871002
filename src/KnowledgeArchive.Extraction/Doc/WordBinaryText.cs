using System.Buffers.Binary;
using System.Text;

namespace KnowledgeArchive.Extraction.Doc;

/// <summary>
/// The text of a Word 97-2003 document ([MS-DOC]): the File Information Block says where the piece table is; the
/// pieces, 8-bit (Windows-1252) or UTF-16, give the characters in order. The main text and the header/footer text
/// come back apart, with Word's control characters still in them.
/// </summary>
internal static class WordBinaryText
{
    private const ushort WordIdent = 0xA5EC;
    private const int ClxIndex = 33;

    private static readonly char[] Cp1252High =
    [
        '€', '\u0081', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u008D', 'Ž', '\u008F',
        '\u0090', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u009D', 'ž', 'Ÿ',
    ];

    public static (string Main, string HeadersAndFooters, bool Encrypted) Read(byte[] wordDocument, Func<string, byte[]?> stream)
    {
        if (wordDocument.Length < 64 || BinaryPrimitives.ReadUInt16LittleEndian(wordDocument) != WordIdent)
        {
            throw new InvalidDataException("the WordDocument stream does not start with a Word file information block");
        }

        var flags = BinaryPrimitives.ReadUInt16LittleEndian(wordDocument.AsSpan(0x0A));
        if ((flags & 0x0100) != 0)
        {
            return (string.Empty, string.Empty, true);
        }

        var table = stream((flags & 0x0200) != 0 ? "1Table" : "0Table")
            ?? throw new InvalidDataException("the table stream named by the file information block is missing");

        var csw = BinaryPrimitives.ReadUInt16LittleEndian(wordDocument.AsSpan(32));
        var longs = 34 + (csw * 2);
        var cslw = BinaryPrimitives.ReadUInt16LittleEndian(wordDocument.AsSpan(longs));
        var rgLw = longs + 2;
        var ccpText = BinaryPrimitives.ReadInt32LittleEndian(wordDocument.AsSpan(rgLw + (3 * 4)));
        var ccpFtn = BinaryPrimitives.ReadInt32LittleEndian(wordDocument.AsSpan(rgLw + (4 * 4)));
        var ccpHdd = BinaryPrimitives.ReadInt32LittleEndian(wordDocument.AsSpan(rgLw + (5 * 4)));
        var fcLcb = rgLw + (cslw * 4) + 2;
        var fcClx = BinaryPrimitives.ReadInt32LittleEndian(wordDocument.AsSpan(fcLcb + (ClxIndex * 8)));
        var lcbClx = BinaryPrimitives.ReadInt32LittleEndian(wordDocument.AsSpan(fcLcb + (ClxIndex * 8) + 4));
        if (fcClx < 0 || lcbClx <= 0 || fcClx + lcbClx > table.Length || ccpText < 0)
        {
            throw new InvalidDataException("the piece table lies outside the table stream");
        }

        var all = Pieces(wordDocument, table.AsSpan(fcClx, lcbClx), ccpText + Math.Max(0, ccpFtn) + Math.Max(0, ccpHdd));
        var main = all[..Math.Min(ccpText, all.Length)];
        var headerStart = Math.Min(all.Length, ccpText + Math.Max(0, ccpFtn));
        var headers = all[headerStart..Math.Min(all.Length, headerStart + Math.Max(0, ccpHdd))];
        return (main, headers, false);
    }

    private static string Pieces(byte[] wordDocument, ReadOnlySpan<byte> clx, int limit)
    {
        var at = 0;
        while (at < clx.Length && clx[at] == 0x01)
        {
            at += 3 + BinaryPrimitives.ReadInt16LittleEndian(clx[(at + 1)..]);
        }

        if (at >= clx.Length || clx[at] != 0x02)
        {
            throw new InvalidDataException("the piece table is missing from the complex part");
        }

        var plc = clx.Slice(at + 5, BinaryPrimitives.ReadInt32LittleEndian(clx[(at + 1)..]));
        var count = (plc.Length - 4) / 12;
        var text = new StringBuilder();
        for (var i = 0; i < count && text.Length < limit; i++)
        {
            var cpStart = BinaryPrimitives.ReadInt32LittleEndian(plc[(i * 4)..]);
            var cpEnd = BinaryPrimitives.ReadInt32LittleEndian(plc[((i + 1) * 4)..]);
            var fcRaw = BinaryPrimitives.ReadUInt32LittleEndian(plc[(((count + 1) * 4) + (i * 8) + 2)..]);
            var length = Math.Min(cpEnd - cpStart, limit - text.Length);
            if (length <= 0)
            {
                continue;
            }

            var compressed = (fcRaw & 0x40000000) != 0;
            var fc = (int)(fcRaw & 0x3FFFFFFF);
            if (compressed)
            {
                var start = fc / 2;
                foreach (var b in wordDocument.AsSpan(start, Math.Min(length, wordDocument.Length - start)))
                {
                    text.Append(b is >= 0x80 and <= 0x9F ? Cp1252High[b - 0x80] : (char)b);
                }
            }
            else
            {
                text.Append(Encoding.Unicode.GetString(wordDocument, fc, Math.Min(length * 2, wordDocument.Length - fc)));
            }
        }

        return text.ToString();
    }
}
