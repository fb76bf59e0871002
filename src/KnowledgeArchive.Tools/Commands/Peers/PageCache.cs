namespace KnowledgeArchive.Tools.Commands.Peers;

/// <summary>Reads every file of a folder once, so each tool timed after it finds the files in the page cache.</summary>
internal static class PageCache
{
    public static void Warm(params string[] folders)
    {
        var buffer = new byte[1 << 16];
        foreach (var file in folders.Where(Directory.Exists).SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories)))
        {
            using var stream = File.OpenRead(file);
            while (stream.Read(buffer, 0, buffer.Length) > 0)
            {
            }
        }
    }
}
