using System.Buffers.Binary;
using System.Text;
using KnowledgeArchive.Extraction.Detection;

namespace KnowledgeArchive.Extraction.Mail;

/// <summary>
/// The MAPI properties of one object of an Outlook message (the message, an attachment, an embedded message) as
/// [MS-OXMSG] stores them: variable-length values as <c>__substg1.0_IIIITTTT</c> streams, fixed-length ones
/// (numbers, times) in the <c>__properties_version1.0</c> stream.
/// </summary>
public sealed class MsgProperties(CompoundStorage storage, int headerBytes)
{
    private const ushort Unicode = 0x001F;
    private const ushort Ansi = 0x001E;
    private const ushort Binary = 0x0102;
    private const ushort Time = 0x0040;
    private const ushort Integer = 0x0003;

    private static readonly Encoding Windows1252 = CodePages.Windows1252;

    /// <summary>The storage the properties live in (for an attachment, where its embedded message is).</summary>
    public CompoundStorage Storage => storage;

    /// <summary>A string property, stored as Unicode or 8-bit text.</summary>
    public string? Text(ushort id)
    {
        if (storage.Stream(Name(id, Unicode)) is { } unicode)
        {
            return Encoding.Unicode.GetString(unicode).TrimEnd('\0');
        }

        return storage.Stream(Name(id, Ansi)) is { } ansi ? Windows1252.GetString(ansi).TrimEnd('\0') : null;
    }

    /// <summary>A binary property's bytes.</summary>
    public byte[]? Bytes(ushort id) => storage.Stream(Name(id, Binary));

    /// <summary>A time property (a FILETIME in the fixed-length properties).</summary>
    public DateTimeOffset? TimeValue(ushort id) =>
        Fixed(id, Time) is { } ticks && ticks > 0 && ticks < DateTime.MaxValue.ToFileTimeUtc() ? new DateTimeOffset(DateTime.FromFileTimeUtc(ticks)) : null;

    /// <summary>A 32-bit integer property.</summary>
    public int? IntegerValue(ushort id) => Fixed(id, Integer) is { } value ? (int)value : null;

    private long? Fixed(ushort id, ushort type)
    {
        var bytes = storage.Stream("__properties_version1.0");
        if (bytes is null)
        {
            return null;
        }

        var tag = ((uint)id << 16) | type;
        for (var at = headerBytes; at + 16 <= bytes.Length; at += 16)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at)) == tag)
            {
                return BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(at + 8));
            }
        }

        return null;
    }

    private static string Name(ushort id, ushort type) => $"__substg1.0_{id:X4}{type:X4}";
}
