using KnowledgeArchive.Generator.Model;

namespace KnowledgeArchive.Generator.Writers;

/// <summary>Convenience overloads of <see cref="IDocumentWriter"/>.</summary>
public static class DocumentWriterExtensions
{
    public static void Write(this IDocumentWriter writer, DocumentSpec spec, string path)
    {
        ArgumentNullException.ThrowIfNull(writer);
        using var file = File.Create(path);
        writer.Write(spec, file);
    }

    public static byte[] ToBytes(this IDocumentWriter writer, DocumentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(writer);
        using var buffer = new MemoryStream();
        writer.Write(spec, buffer);
        return buffer.ToArray();
    }
}
