using System.Security.Cryptography;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Storage;

namespace KnowledgeArchive.Catalog;

/// <summary>
/// Originals on disk under their SHA-256 (<c>originals/ab/cd/abcd…</c>), written to a temporary file first and
/// moved into place, so a crash never leaves a half-written original under a real hash. With a shared folder apart
/// from the data directory (workers on other machines), the temporary file is written on that folder's own file
/// system, so the move stays a rename.
/// </summary>
public sealed class FileSystemOriginalStore(ArchivePaths paths) : IOriginalStore
{
    public async Task<StoredOriginal> SaveAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var incoming = paths.SharedDirectory == paths.DataDirectory ? paths.WorkDirectory : Path.Combine(paths.SharedDirectory, "incoming");
        Directory.CreateDirectory(incoming);
        var temporary = Path.Combine(incoming, "upload-" + Guid.NewGuid().ToString("N"));
        try
        {
            string sha256;
            long size;
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var buffer = new byte[81920];
                size = 0;
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    size += read;
                }

                await file.FlushAsync(cancellationToken);
                sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            }

            var target = PathOf(sha256);
            if (!File.Exists(target))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(temporary, target, overwrite: true);
            }

            return new StoredOriginal(sha256, size);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    public bool Exists(string sha256) => File.Exists(PathOf(sha256));

    public string PathOf(string sha256)
    {
        ArgumentException.ThrowIfNullOrEmpty(sha256);
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("expected a lower-case hex SHA-256", nameof(sha256));
        }

        return Path.Combine(paths.OriginalsDirectory, sha256[..2], sha256[2..4], sha256);
    }

    public Stream OpenRead(string sha256) =>
        new FileStream(PathOf(sha256), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
}
