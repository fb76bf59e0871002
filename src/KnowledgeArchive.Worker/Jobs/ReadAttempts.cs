using System.Globalization;
using KnowledgeArchive.Core.Configuration;

namespace KnowledgeArchive.Worker.Jobs;

/// <summary>
/// Which originals are being read, and by whom: a marker file in the shared folder for each reading
/// (<c>read-attempts/ab/&lt;sha256&gt;/&lt;worker&gt;.&lt;alone|shared&gt;</c>), removed when the reading ends, however it
/// ends, while its worker lives. A marker another worker left is a reading that stopped its worker (killed, out of
/// memory, crashed): the broker delivers a job again only once the worker that held it has lost its channel, and a
/// worker that merely lost the broker stops its readings and removes their markers.
/// </summary>
public sealed class ReadAttempts(ArchivePaths paths)
{
    private const string Alone = ".alone";
    private const string Shared = ".shared";

    // This process: markers of its own are readings still under way, never a crash.
    private readonly string self = string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..12]}");

    /// <summary>Readings of <paramref name="sha256"/> that stopped their worker: while read alone, and while read with others.</summary>
    public (int Alone, int WithOthers) Stopped(string sha256)
    {
        var folder = FolderOf(sha256);
        if (!Directory.Exists(folder))
        {
            return (0, 0);
        }

        var others = Directory.GetFiles(folder).Select(Path.GetFileName).Where(n => !n!.StartsWith(self, StringComparison.Ordinal)).ToList();
        return (others.Count(n => n!.EndsWith(Alone, StringComparison.Ordinal)), others.Count(n => n!.EndsWith(Shared, StringComparison.Ordinal)));
    }

    /// <summary>Marks <paramref name="sha256"/> as being read here until the returned marker is disposed.</summary>
    public IDisposable Begin(string sha256, bool alone)
    {
        var folder = FolderOf(sha256);
        var path = Path.Combine(folder, $"{self}-{Guid.NewGuid().ToString("N")[..8]}{(alone ? Alone : Shared)}");
        var text = string.Create(CultureInfo.InvariantCulture, $"process {Environment.ProcessId} on {Environment.MachineName}, from {DateTimeOffset.UtcNow:O}\n");
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Directory.CreateDirectory(folder);
                File.WriteAllText(path, text);
                return new Marker(path);
            }
            catch (DirectoryNotFoundException) when (attempt < 3)
            {
                // Another worker, done with the same file, cleared its folder meanwhile.
            }
        }
    }

    /// <summary>Forgets every reading of <paramref name="sha256"/>: it has been read (or set aside), so a later reading starts afresh.</summary>
    public void Clear(string sha256)
    {
        try
        {
            Directory.Delete(FolderOf(sha256), recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Never stopped a worker, or cleared already.
        }
    }

    private string FolderOf(string sha256) => Path.Combine(paths.SharedDirectory, "read-attempts", sha256[..2], sha256);

    private sealed class Marker(string path) : IDisposable
    {
        public void Dispose()
        {
            try
            {
                File.Delete(path);
            }
            catch (DirectoryNotFoundException)
            {
                // Cleared with its folder.
            }
        }
    }
}
