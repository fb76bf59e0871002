using System.IO.Compression;
using System.Text.Json;
using KnowledgeArchive.Core.Configuration;

namespace KnowledgeArchive.Worker.Jobs;

/// <summary>
/// Results as gzipped JSON files in the shared folder (<c>job-results/ab/&lt;sha256&gt;.&lt;job&gt;.json.gz</c>),
/// written under a temporary name and renamed, so a result is there whole or not at all.
/// </summary>
public sealed class FileSystemJobResultStore(ArchivePaths paths) : IJobResultStore
{
    public bool Exists(string sha256, string jobId) => File.Exists(PathOf(sha256, jobId));

    public async Task SaveAsync(string sha256, string jobId, JobResult result, CancellationToken cancellationToken)
    {
        var target = PathOf(sha256, jobId);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = target + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await using (var zip = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true))
                {
                    await JsonSerializer.SerializeAsync(zip, result, JobJson.Default.JobResult, cancellationToken);
                }

                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public async Task<JobResult?> TakeAsync(string sha256, string jobId, CancellationToken cancellationToken)
    {
        var path = PathOf(sha256, jobId);
        JobResult? result;
        try
        {
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, useAsync: true);
            await using var zip = new GZipStream(file, CompressionMode.Decompress);
            result = await JsonSerializer.DeserializeAsync(zip, JobJson.Default.JobResult, cancellationToken);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        File.Delete(path);
        return result;
    }

    public void Delete(string sha256, string jobId) => File.Delete(PathOf(sha256, jobId));

    private string PathOf(string sha256, string jobId)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower) || jobId.Length is 0 or > 64 || !jobId.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException($"not a result key: {sha256} {jobId}");
        }

        return Path.Combine(paths.JobResultsDirectory, sha256[..2], $"{sha256}.{jobId}.json.gz");
    }
}
