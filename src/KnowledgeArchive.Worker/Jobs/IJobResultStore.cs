namespace KnowledgeArchive.Worker.Jobs;

/// <summary>
/// Where workers leave what they read, by the original's SHA-256 and the job, until the service takes it in: a folder
/// every machine mounts (<see cref="FileSystemJobResultStore"/>); an object store could take its place.
/// </summary>
public interface IJobResultStore
{
    bool Exists(string sha256, string jobId);

    /// <summary>Stores the result whole or not at all: a reader never sees half of one.</summary>
    Task SaveAsync(string sha256, string jobId, JobResult result, CancellationToken cancellationToken);

    /// <summary>Reads the result and removes it; null when there is none (taken already).</summary>
    Task<JobResult?> TakeAsync(string sha256, string jobId, CancellationToken cancellationToken);

    /// <summary>Removes a result nobody will take (an answer to a job the service no longer waits for).</summary>
    void Delete(string sha256, string jobId);
}
