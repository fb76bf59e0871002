using System.Globalization;
using System.IO.Compression;
using System.IO.Hashing;
using KnowledgeArchive.Core.Ingestion;

namespace KnowledgeArchive.Ingestion.Batches;

/// <summary>
/// Gives each batch file as a local file: files on disk as they are, zip entries copied out (never by their own
/// names, so no entry can write outside the work folder). The zips most recently opened stay open, so the entries
/// of one zip, which follow one another in the ledger, do not reopen it each time.
/// </summary>
public sealed class BatchFileOpener(string workDirectory) : IDisposable
{
    private const int OpenArchives = 4;

    private readonly List<(string Key, ZipArchive Zip, string? Temporary)> open = [];

    public async Task<LocalCopy> CopyAsync(IngestFileLocation location, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (!location.IsZipEntry)
        {
            if (!File.Exists(location.DiskPath))
            {
                throw new FileNotFoundException($"the file no longer exists at {location.DiskPath}", location.DiskPath);
            }

            return new LocalCopy(location.DiskPath, temporary: false);
        }

        var zip = await ArchiveAsync(location.DiskPath, location.EntryChain.Take(location.EntryChain.Count - 1).ToList(), cancellationToken);
        return new LocalCopy(await ExtractAsync(zip, location.EntryChain[^1], cancellationToken), temporary: true);
    }

    /// <summary>The zip entry at a location (which must be one), to check before it is read.</summary>
    public async Task<ZipArchiveEntry> EntryAsync(IngestFileLocation location, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        var zip = await ArchiveAsync(location.DiskPath, location.EntryChain.Take(location.EntryChain.Count - 1).ToList(), cancellationToken);
        return zip.GetEntry(location.EntryChain[^1]) ?? throw new FileNotFoundException($"the zip no longer holds the entry '{location.EntryChain[^1]}'");
    }

    public void Dispose()
    {
        foreach (var (_, zip, temporary) in open)
        {
            Close(zip, temporary);
        }

        open.Clear();
    }

    private async Task<ZipArchive> ArchiveAsync(string diskPath, List<string> chain, CancellationToken cancellationToken)
    {
        var key = string.Join('\n', chain.Prepend(diskPath));
        var index = open.FindIndex(o => o.Key == key);
        if (index >= 0)
        {
            return open[index].Zip;
        }

        ZipArchive zip;
        string? temporary = null;
        if (chain.Count == 0)
        {
            zip = ZipFile.OpenRead(diskPath);
        }
        else
        {
            var parent = await ArchiveAsync(diskPath, chain.Take(chain.Count - 1).ToList(), cancellationToken);
            temporary = await ExtractAsync(parent, chain[^1], cancellationToken);
            try
            {
                zip = ZipFile.OpenRead(temporary);
            }
            catch
            {
                TemporaryFiles.Delete(temporary);
                throw;
            }
        }

        open.Add((key, zip, temporary));
        if (open.Count > OpenArchives)
        {
            var (_, oldest, oldestTemporary) = open[0];
            open.RemoveAt(0);
            Close(oldest, oldestTemporary);
        }

        return zip;
    }

    // Reads no more than the entry declares, so a bomb that lies about its size is stopped at the lie; and checks
    // the entry's CRC-32, because the runtime quietly ends an entry at its declared size.
    private async Task<string> ExtractAsync(ZipArchive zip, string entryName, CancellationToken cancellationToken)
    {
        var entry = zip.GetEntry(entryName) ?? throw new FileNotFoundException($"the zip no longer holds the entry '{entryName}'");
        if (entry.IsEncrypted)
        {
            throw new EncryptedEntryException($"the zip entry '{entryName}' is password-protected");
        }

        var target = TemporaryFiles.NewPath(workDirectory);
        try
        {
            await using var input = entry.Open();
            await using var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
            var buffer = new byte[81920];
            var crc = new Crc32();
            long total = 0;
            int read;
            while ((read = await input.ReadAsync(buffer, cancellationToken)) > 0)
            {
                total += read;
                if (total > entry.Length)
                {
                    throw new EntryOverrunException(string.Create(CultureInfo.InvariantCulture, $"the entry '{entryName}' holds more than the {entry.Length:N0} bytes it declares"));
                }

                crc.Append(buffer.AsSpan(0, read));
                await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            if (total != entry.Length || crc.GetCurrentHashAsUInt32() != entry.Crc32)
            {
                throw new InvalidDataException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"the entry '{entryName}' does not match its declared size ({entry.Length:N0} bytes) and CRC-32: the zip is damaged or misstates what it holds"));
            }

            return target;
        }
        catch
        {
            TemporaryFiles.Delete(target);
            throw;
        }
    }

    private static void Close(ZipArchive zip, string? temporary)
    {
        zip.Dispose();
        if (temporary is not null)
        {
            TemporaryFiles.Delete(temporary);
        }
    }
}
