using System.Buffers.Binary;
using System.Text;

namespace KnowledgeArchive.Extraction.Tests.Support;

/// <summary>
/// Writes a minimal Excel 97-2003 workbook (.xls, BIFF8): a compound file whose Workbook stream holds the globals
/// (BOF, optional FILEPASS, two XF records, BOUNDSHEET per sheet, SST, EOF) and then each sheet (BOF, DIMENSIONS,
/// LABELSST, NUMBER and RK cells, EOF). Strings go in the shared string table; style 1 is the short date format.
/// </summary>
public static class LegacyExcelBuilder
{
    /// <summary>The XF index of a cell formatted with the built-in short date (format 14).</summary>
    public const ushort DateStyle = 1;

    public static byte[] Build(IReadOnlyList<(string Name, IReadOnlyList<(ushort Row, ushort Column, object Value)> Cells)> sheets, bool encrypted = false)
    {
        var strings = sheets.SelectMany(s => s.Cells).Select(c => c.Value).OfType<string>().Distinct().ToList();
        var sheetStreams = sheets.Select(s => Sheet(s.Cells, strings)).ToList();

        var globals = new MemoryStream();
        Record(globals, 0x0809, Bof(0x0005));
        if (encrypted)
        {
            // RC4 encryption header with a salt and verifier no password opens.
            var filePass = new byte[2 + 4 + 48];
            BinaryPrimitives.WriteUInt16LittleEndian(filePass, 1);
            BinaryPrimitives.WriteUInt16LittleEndian(filePass.AsSpan(2), 1);
            BinaryPrimitives.WriteUInt16LittleEndian(filePass.AsSpan(4), 1);
            for (var i = 6; i < filePass.Length; i++)
            {
                filePass[i] = (byte)(i * 7);
            }

            Record(globals, 0x002F, filePass);
        }

        Record(globals, 0x00E0, Xf(0, style: true));
        Record(globals, 0x00E0, Xf(14, style: false));
        var boundSheetAt = new List<long>();
        foreach (var (name, _) in sheets)
        {
            boundSheetAt.Add(globals.Position + 4);
            var bytes = Encoding.Latin1.GetBytes(name);
            Record(globals, 0x0085, [0, 0, 0, 0, 0, 0, (byte)bytes.Length, 0, .. bytes]);
        }

        var sst = new List<byte>();
        sst.AddRange(BitConverter.GetBytes(strings.Count));
        sst.AddRange(BitConverter.GetBytes(strings.Count));
        foreach (var text in strings)
        {
            var bytes = Encoding.Unicode.GetBytes(text);
            sst.AddRange(BitConverter.GetBytes((ushort)text.Length));
            sst.Add(1);
            sst.AddRange(bytes);
        }

        Record(globals, 0x00FC, [.. sst]);
        Record(globals, 0x000A, []);

        var workbook = globals.ToArray();
        var offset = workbook.Length;
        for (var i = 0; i < sheetStreams.Count; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(workbook.AsSpan((int)boundSheetAt[i]), (uint)offset);
            offset += sheetStreams[i].Length;
        }

        return CompoundFileBuilder.Build(("Workbook", [.. workbook, .. sheetStreams.SelectMany(s => s)]));
    }

    private static byte[] Sheet(IReadOnlyList<(ushort Row, ushort Column, object Value)> cells, List<string> strings)
    {
        var sheet = new MemoryStream();
        Record(sheet, 0x0809, Bof(0x0010));
        var dimensions = new byte[14];
        if (cells.Count > 0)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(dimensions.AsSpan(4), (uint)cells.Max(c => c.Row) + 1);
            BinaryPrimitives.WriteUInt16LittleEndian(dimensions.AsSpan(10), (ushort)(cells.Max(c => c.Column) + 1));
        }

        Record(sheet, 0x0200, dimensions);
        foreach (var (row, column, value) in cells.OrderBy(c => c.Row).ThenBy(c => c.Column))
        {
            var head = new byte[6];
            BinaryPrimitives.WriteUInt16LittleEndian(head, row);
            BinaryPrimitives.WriteUInt16LittleEndian(head.AsSpan(2), column);
            switch (value)
            {
                case string text:
                    Record(sheet, 0x00FD, [.. head, .. BitConverter.GetBytes(strings.IndexOf(text))]);
                    break;
                case int whole:
                    // An RK value: the integer shifted past the two flag bits, with the integer flag set.
                    Record(sheet, 0x027E, [.. head, .. BitConverter.GetBytes((whole << 2) | 2)]);
                    break;
                case DateTime date:
                    BinaryPrimitives.WriteUInt16LittleEndian(head.AsSpan(4), DateStyle);
                    Record(sheet, 0x0203, [.. head, .. BitConverter.GetBytes(date.ToOADate())]);
                    break;
                case double number:
                    Record(sheet, 0x0203, [.. head, .. BitConverter.GetBytes(number)]);
                    break;
                default:
                    throw new ArgumentException($"no BIFF cell for {value.GetType().Name}", nameof(cells));
            }
        }

        Record(sheet, 0x000A, []);
        return sheet.ToArray();
    }

    private static byte[] Bof(ushort type)
    {
        var bof = new byte[16];
        BinaryPrimitives.WriteUInt16LittleEndian(bof, 0x0600);
        BinaryPrimitives.WriteUInt16LittleEndian(bof.AsSpan(2), type);
        BinaryPrimitives.WriteUInt16LittleEndian(bof.AsSpan(4), 0x0DBB);
        BinaryPrimitives.WriteUInt16LittleEndian(bof.AsSpan(6), 0x07CC);
        return bof;
    }

    private static byte[] Xf(ushort format, bool style)
    {
        var xf = new byte[20];
        BinaryPrimitives.WriteUInt16LittleEndian(xf.AsSpan(2), format);
        BinaryPrimitives.WriteUInt16LittleEndian(xf.AsSpan(4), (ushort)(style ? 0xFFF4 : 0x0000));
        xf[9] = 0xFC;
        return xf;
    }

    private static void Record(Stream stream, ushort type, byte[] data)
    {
        Span<byte> header = stackalloc byte[4];
        BinaryPrimitives.WriteUInt16LittleEndian(header, type);
        BinaryPrimitives.WriteUInt16LittleEndian(header[2..], (ushort)data.Length);
        stream.Write(header);
        stream.Write(data);
    }
}
