using System.Buffers.Binary;
using System.Text;
using static KnowledgeArchive.Extraction.Tests.Support.CompoundFileWriter;

namespace KnowledgeArchive.Extraction.Tests.Support;

/// <summary>Writes Outlook messages (.msg, MS-OXMSG): properties as streams, attachments as storages, an attached message as a storage inside one.</summary>
public static class OutlookMessage
{
    public sealed record Attachment(string FileName, byte[]? Data = null, Message? Embedded = null);

    public sealed record Message(string Subject, string Body, string SenderName, string SenderAddress, string To, DateTime SentUtc, IReadOnlyList<Attachment> Attachments);

    public static byte[] Build(Message message) => Write(Nodes(message, headerBytes: 32));

    private static Node[] Nodes(Message message, int headerBytes)
    {
        var nodes = new List<Node>
        {
            Node.Stream("__properties_version1.0", Properties(headerBytes, (0x0039, 0x0040, message.SentUtc.ToFileTimeUtc()))),
            Text(0x0037, message.Subject),
            Text(0x1000, message.Body),
            Text(0x0C1A, message.SenderName),
            Text(0x5D01, message.SenderAddress),
            Text(0x0E04, message.To),
        };
        for (var i = 0; i < message.Attachments.Count; i++)
        {
            var attachment = message.Attachments[i];
            var parts = new List<Node>
            {
                Node.Stream("__properties_version1.0", Properties(8, (0x3705, 0x0003, attachment.Embedded is null ? 1 : 5))),
                Text(0x3707, attachment.FileName),
            };
            parts.Add(attachment.Embedded is { } inner
                ? Node.Storage("__substg1.0_3701000D", Nodes(inner, headerBytes: 24))
                : Node.Stream("__substg1.0_37010102", attachment.Data ?? []));
            nodes.Add(Node.Storage($"__attach_version1.0_#{i:X8}", [.. parts]));
        }

        return [.. nodes];
    }

    private static Node Text(ushort id, string value) => Node.Stream($"__substg1.0_{id:X4}001F", Encoding.Unicode.GetBytes(value));

    private static byte[] Properties(int headerBytes, params (ushort Id, ushort Type, long Value)[] properties)
    {
        var bytes = new byte[headerBytes + (16 * properties.Length)];
        for (var i = 0; i < properties.Length; i++)
        {
            var at = headerBytes + (i * 16);
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at), ((uint)properties[i].Id << 16) | properties[i].Type);
            BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(at + 8), properties[i].Value);
        }

        return bytes;
    }
}
