using System.Buffers.Binary;
using System.Text;

namespace KnowledgeArchive.Extraction.Detection;

/// <summary>
/// Reads the OLE compound file format (MS-CFB) that legacy Office files and password-protected Office documents use:
/// the directory of named streams and each stream's bytes, from the FAT and the mini stream. Every chain is bounded,
/// so a malformed file ends in <see cref="InvalidDataException"/>, never a loop.
/// </summary>
public sealed class CompoundFileReader
{
    private const uint EndOfChain = 0xFFFFFFFE;

    // Sector numbers above this are markers (free, end of chain, FAT, DIFAT), never sectors.
    private const uint MaxRegularSector = 0xFFFFFFFA;
    private const int MiniSectorSize = 64;

    private readonly byte[] data;
    private readonly int sectorSize;
    private readonly uint miniStreamCutoff;
    private readonly List<uint> fat;
    private readonly List<uint> miniFat;
    private readonly List<Entry> entries;
    private readonly byte[] miniStream;

    private CompoundFileReader(byte[] data)
    {
        this.data = data;
        if (data.Length < 512 || !data.AsSpan().StartsWith(OleCompoundFile.Signature))
        {
            throw new InvalidDataException("not a compound file");
        }

        var shift = U16(30);
        if (shift is not (9 or 12))
        {
            throw new InvalidDataException($"unexpected sector size 2^{shift}");
        }

        sectorSize = 1 << shift;
        miniStreamCutoff = U32(56);
        fat = ReadFat();
        entries = ReadDirectory();
        miniFat = ReadChainBytes(U32(60)).Chunk(4).Where(c => c.Length == 4).Select(c => BinaryPrimitives.ReadUInt32LittleEndian(c)).ToList();
        var root = entries.FirstOrDefault(e => e.Type == 5);
        miniStream = root is null || root.Size == 0 ? [] : Truncate(ReadChainBytes(root.Start), root.Size);
    }

    /// <summary>Names of the streams and storages in the file.</summary>
    public IReadOnlyList<string> Names => entries.Where(e => e.Type != 0).Select(e => e.Name).ToList();

    /// <summary>The root storage, whose children are the file's top-level streams and storages.</summary>
    public CompoundStorage Root => new(this, entries.FindIndex(e => e.Type == 5));

    public static CompoundFileReader Open(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        try
        {
            return new CompoundFileReader(data);
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or IndexOutOfRangeException or ArgumentException)
        {
            throw new InvalidDataException($"the compound file is damaged: {ex.Message}", ex);
        }
    }

    /// <summary>The bytes of the stream of this name, or null when there is none.</summary>
    public byte[]? ReadStream(string name)
    {
        var entry = entries.FirstOrDefault(e => e.Type == 2 && e.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        if (entry is null)
        {
            return null;
        }

        try
        {
            return entry.Size < miniStreamCutoff ? ReadMini(entry) : Truncate(ReadChainBytes(entry.Start), entry.Size);
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or IndexOutOfRangeException or ArgumentException)
        {
            throw new InvalidDataException($"the stream '{name}' is damaged: {ex.Message}", ex);
        }
    }

    /// <summary>The streams and storages directly inside the storage at directory index <paramref name="storage"/>, by name.</summary>
    internal IReadOnlyDictionary<string, int> ChildrenOf(int storage)
    {
        var children = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        if (storage < 0 || storage >= entries.Count)
        {
            return children;
        }

        // The children form a red-black tree through the left and right sibling ids; walked with a stack and a
        // visited set, so a damaged tree that loops ends.
        var pending = new Stack<uint>();
        var visited = new HashSet<uint>();
        pending.Push(entries[storage].Child);
        while (pending.Count > 0)
        {
            var id = pending.Pop();
            if (id >= entries.Count || !visited.Add(id))
            {
                continue;
            }

            var entry = entries[(int)id];
            children.TryAdd(entry.Name, (int)id);
            pending.Push(entry.Left);
            pending.Push(entry.Right);
        }

        return children;
    }

    /// <summary>The bytes of the stream at directory index <paramref name="index"/>.</summary>
    internal byte[] ReadStream(int index)
    {
        var entry = entries[index];
        try
        {
            return entry.Size < miniStreamCutoff ? ReadMini(entry) : Truncate(ReadChainBytes(entry.Start), entry.Size);
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or IndexOutOfRangeException or ArgumentException)
        {
            throw new InvalidDataException($"the stream '{entry.Name}' is damaged: {ex.Message}", ex);
        }
    }

    /// <summary>Whether the entry at <paramref name="index"/> is a storage (a folder of streams).</summary>
    internal bool IsStorage(int index) => index >= 0 && index < entries.Count && entries[index].Type is 1 or 5;

    private byte[] ReadMini(Entry entry)
    {
        var result = new byte[entry.Size];
        var sector = entry.Start;
        var written = 0;
        var guard = 0;
        while (written < result.Length && sector < MaxRegularSector)
        {
            if (++guard > miniFat.Count + 1 || (long)(sector + 1) * MiniSectorSize > miniStream.Length)
            {
                throw new InvalidDataException("a mini stream chain runs past its end");
            }

            var count = Math.Min(MiniSectorSize, result.Length - written);
            Array.Copy(miniStream, sector * MiniSectorSize, result, written, count);
            written += count;
            sector = sector < miniFat.Count ? miniFat[(int)sector] : EndOfChain;
        }

        return result;
    }

    private List<uint> ReadFat()
    {
        var fatSectors = new List<uint>();
        for (var i = 0; i < 109; i++)
        {
            var sector = U32(76 + (i * 4));
            if (sector < MaxRegularSector)
            {
                fatSectors.Add(sector);
            }
        }

        var difat = U32(68);
        var guard = 0;
        while (difat < MaxRegularSector && guard++ < data.Length / sectorSize)
        {
            var offset = Offset(difat);
            for (var i = 0; i < (sectorSize / 4) - 1; i++)
            {
                var sector = BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(offset + (i * 4)));
                if (sector < MaxRegularSector)
                {
                    fatSectors.Add(sector);
                }
            }

            difat = BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(offset + sectorSize - 4));
        }

        var table = new List<uint>(fatSectors.Count * sectorSize / 4);
        foreach (var sector in fatSectors)
        {
            var offset = Offset(sector);
            for (var j = 0; j < sectorSize / 4; j++)
            {
                table.Add(BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(offset + (j * 4))));
            }
        }

        return table;
    }

    private List<Entry> ReadDirectory()
    {
        var bytes = ReadChainBytes(U32(48));
        var list = new List<Entry>();
        for (var at = 0; at + 128 <= bytes.Length; at += 128)
        {
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at + 64));
            var type = bytes[at + 66];
            var valid = type != 0 && nameLength >= 2 && nameLength <= 64;

            // Unused slots are kept (typed 0, unnamed) so an entry's place in the list is its directory id.
            list.Add(new Entry(
                valid ? Encoding.Unicode.GetString(bytes, at, nameLength - 2) : string.Empty,
                valid ? type : (byte)0,
                BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at + 116)),
                (int)Math.Min(BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at + 120)), int.MaxValue))
            {
                Left = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at + 68)),
                Right = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at + 72)),
                Child = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at + 76)),
            });
        }

        return list;
    }

    private byte[] ReadChainBytes(uint start)
    {
        using var buffer = new MemoryStream();
        var sector = start;
        var guard = 0;
        while (sector < MaxRegularSector)
        {
            if (++guard > fat.Count + 1)
            {
                throw new InvalidDataException("a sector chain loops");
            }

            var offset = Offset(sector);
            buffer.Write(data, offset, Math.Min(sectorSize, data.Length - offset));
            sector = sector < fat.Count ? fat[(int)sector] : EndOfChain;
        }

        return buffer.ToArray();
    }

    private int Offset(uint sector)
    {
        var offset = (long)(sector + 1) * sectorSize;
        if (offset >= data.Length)
        {
            throw new InvalidDataException($"sector {sector} lies past the end of the file");
        }

        return (int)offset;
    }

    private static byte[] Truncate(byte[] bytes, int size) => bytes.Length <= size ? bytes : bytes[..size];

    private ushort U16(int offset) => BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(offset));

    private uint U32(int offset) => BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(offset));

    private sealed record Entry(string Name, byte Type, uint Start, int Size)
    {
        public uint Left { get; init; }

        public uint Right { get; init; }

        public uint Child { get; init; }
    }
}
