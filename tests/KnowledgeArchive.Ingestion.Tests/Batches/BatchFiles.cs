using System.IO.Compression;
using KnowledgeArchive.Generator.Model;
using KnowledgeArchive.Generator.Writers;

namespace KnowledgeArchive.Ingestion.Tests.Batches;

/// <summary>Fixtures for bulk ingest made in code: real PDFs and .docx files, zips (nested, unsafe, bombs) and settings files.</summary>
public static class BatchFiles
{
    public const string SourceName = "test-drive";

    public static byte[] Pdf(string text) =>
        new PdfDocumentWriter().ToBytes(new DocumentSpec(text, [PageSpec.Of(new HeadingBlock(text, 0), new ParagraphBlock(text + " was discussed by the committee."))]));

    public static byte[] Docx(string text) =>
        new DocxDocumentWriter().ToBytes(new DocumentSpec(text, [PageSpec.Of(new HeadingBlock(text, 0), new ParagraphBlock(text + " was noted by the board."))]));

    /// <summary>A zip of the entries given, in order; names are written as given, unsafe ones included.</summary>
    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>A zip whose headers understate the size of its first entry: a bomb that lies about what it holds.</summary>
    public static byte[] ZipUnderstatingItsSize(string name, byte[] content, uint declaredSize)
    {
        var zip = Zip((name, content));
        Patch(zip, [0x50, 0x4B, 0x03, 0x04], 22, declaredSize);
        Patch(zip, [0x50, 0x4B, 0x01, 0x02], 24, declaredSize);
        return zip;
    }

    public static void Write(string folder, string relativePath, byte[] content)
    {
        var path = Path.Combine(folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }

    /// <summary>Writes an ingest settings file with one source and the given zip limits; returns its path.</summary>
    public static string Config(string folder, string sourceJson = "", string zipJson = "")
    {
        var path = Path.Combine(folder, "ingest-sources.json");
        var zip = zipJson.Length == 0 ? string.Empty : $", \"zip\": {{ {zipJson} }}";
        var extra = sourceJson.Length == 0 ? string.Empty : ", " + sourceJson;
        File.WriteAllText(path, $$"""{ "sources": [ { "name": "{{SourceName}}"{{extra}} } ]{{zip}} }""");
        return path;
    }

    private static void Patch(byte[] zip, byte[] signature, int offset, uint value)
    {
        var at = zip.AsSpan().IndexOf(signature);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(at + offset), value);
    }
}
