using System.IO.Compression;

namespace KnowledgeArchive.Web.Tests.Infrastructure;

/// <summary>Folders and zips for bulk ingest tests, written in a temp folder the service can read.</summary>
public static class BatchInput
{
    /// <summary>The source every test uses: the shipped settings' catch-all source.</summary>
    public const string Source = "shared-drive";

    public static void Write(string folder, string relativePath, byte[] content)
    {
        var path = Path.Combine(folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }

    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Bytes that look like a PDF but cannot be parsed; different each call, so never a duplicate.</summary>
    public static byte[] CorruptPdf() => System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n{Guid.NewGuid()} this is not a PDF body\n");
}
