using System.Buffers.Binary;
using System.Text;

namespace KnowledgeArchive.Extraction.Tests.Support;

/// <summary>
/// Writes compound files (MS-CFB, 512-byte sectors) with nested storages, as Outlook messages are: every stream in
/// regular sectors (a mini stream cut-off of 0), each storage's children chained through their right-sibling links.
/// </summary>
public static class CompoundFileWriter
{
    private const int SectorSize = 512;
    private const uint NoStream = 0xFFFFFFFF;
    private const uint EndOfChain = 0xFFFFFFFE;

    /// <summary>A stream (with <paramref name="Data"/>) or a storage (with <paramref name="Children"/>).</summary>
    public sealed record Node(string Name, byte[]? Data = null, IReadOnlyList<Node>? Children = null)
    {
        public static Node Stream(string name, byte[] data) => new(name, data);

        public static Node Storage(string name, params Node[] children) => new(name, null, children);
    }

    public static byte[] Write(params Node[] root)
    {
        var entries = new List<(Node Node, byte Type)> { (new Node("Root Entry", null, root), 5) };
        var children = new Dictionary<int, List<int>>();
        Flatten(0, root, entries, children);

        var dataSectors = entries.Select(e => e.Node.Data is { } d ? (d.Length + SectorSize - 1) / SectorSize : 0).ToArray();
        var directorySectors = (entries.Count + 3) / 4;
        var contentSectors = directorySectors + dataSectors.Sum();
        var fatSectors = 1;
        while (fatSectors * (SectorSize / 4) < contentSectors + fatSectors)
        {
            fatSectors++;
        }

        var total = fatSectors + contentSectors;
        var file = new byte[SectorSize * (1 + total)];
        var fat = Enumerable.Repeat(0xFFFFFFFFu, fatSectors * (SectorSize / 4)).ToArray();
        for (var i = 0; i < fatSectors; i++)
        {
            fat[i] = 0xFFFFFFFD;
        }

        var next = (uint)fatSectors;
        var directoryStart = next;
        next = Chain(fat, next, directorySectors);
        var starts = new uint[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            starts[i] = dataSectors[i] > 0 ? next : EndOfChain;
            if (entries[i].Node.Data is { } data)
            {
                data.CopyTo(file, (int)(next + 1) * SectorSize);
            }

            next = Chain(fat, next, dataSectors[i]);
        }

        var header = file.AsSpan(0, SectorSize);
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[24..], 0x3E);
        BinaryPrimitives.WriteUInt16LittleEndian(header[26..], 3);
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header[30..], 9);
        BinaryPrimitives.WriteUInt16LittleEndian(header[32..], 6);
        BinaryPrimitives.WriteUInt32LittleEndian(header[44..], (uint)fatSectors);
        BinaryPrimitives.WriteUInt32LittleEndian(header[48..], directoryStart);
        BinaryPrimitives.WriteUInt32LittleEndian(header[56..], 0);
        BinaryPrimitives.WriteUInt32LittleEndian(header[60..], EndOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(header[68..], EndOfChain);
        for (var i = 0; i < 109; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header[(76 + (i * 4))..], i < fatSectors ? (uint)i : NoStream);
        }

        for (var i = 0; i < fat.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(SectorSize + (i * 4)), fat[i]);
        }

        var right = new uint[entries.Count];
        var child = new uint[entries.Count];
        Array.Fill(right, NoStream);
        Array.Fill(child, NoStream);
        foreach (var (parent, list) in children)
        {
            child[parent] = (uint)list[0];
            for (var k = 0; k + 1 < list.Count; k++)
            {
                right[list[k]] = (uint)list[k + 1];
            }
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var entry = file.AsSpan((int)((directoryStart + 1) * SectorSize) + (i * 128), 128);
            var name = Encoding.Unicode.GetBytes(entries[i].Node.Name + "\0");
            name.CopyTo(entry);
            BinaryPrimitives.WriteUInt16LittleEndian(entry[64..], (ushort)name.Length);
            entry[66] = entries[i].Type;
            entry[67] = 1;
            BinaryPrimitives.WriteUInt32LittleEndian(entry[68..], NoStream);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[72..], right[i]);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[76..], child[i]);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[116..], starts[i]);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[120..], (uint)(entries[i].Node.Data?.Length ?? 0));
        }

        return file;
    }

    private static void Flatten(int parent, IReadOnlyList<Node> nodes, List<(Node Node, byte Type)> entries, Dictionary<int, List<int>> children)
    {
        foreach (var node in nodes)
        {
            var index = entries.Count;
            entries.Add((node, node.Data is null ? (byte)1 : (byte)2));
            (children.TryGetValue(parent, out var list) ? list : children[parent] = []).Add(index);
            if (node.Children is { } inner)
            {
                Flatten(index, inner, entries, children);
            }
        }
    }

    private static uint Chain(uint[] fat, uint start, int count)
    {
        for (var k = 0; k < count; k++)
        {
            fat[start + k] = k == count - 1 ? EndOfChain : (uint)(start + k + 1);
        }

        return (uint)(start + count);
    }
}
