namespace KnowledgeArchive.Worker.Jobs;

/// <summary>
/// A worker's answer to a <see cref="ReadJob"/>: its result is in the shared store (<see cref="IJobResultStore"/>), or
/// <see cref="Error"/> says why the worker could not read it (a system fault, not the file's: the document stays pending).
/// </summary>
public sealed record ReadJobDone(string JobId, string Sha256, string? Error = null);
