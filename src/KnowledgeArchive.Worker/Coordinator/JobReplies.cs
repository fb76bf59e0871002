using System.Collections.Concurrent;
using KnowledgeArchive.Worker.Jobs;

namespace KnowledgeArchive.Worker.Coordinator;

/// <summary>
/// The jobs the service waits for, by job id. An answer to a job nobody waits for (answered twice after a worker was
/// killed, or sent before the service restarted) has its result removed: the document is queued again or done already.
/// </summary>
public sealed class JobReplies(IJobResultStore results)
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<ReadJobDone>> waiting = new(StringComparer.Ordinal);

    /// <summary>Starts waiting for <paramref name="jobId"/>; call before the job is sent, and <see cref="Forget"/> after.</summary>
    public Task<ReadJobDone> Expect(string jobId)
    {
        var answer = new TaskCompletionSource<ReadJobDone>(TaskCreationOptions.RunContinuationsAsynchronously);
        waiting[jobId] = answer;
        return answer.Task;
    }

    /// <summary>Stops waiting, once the answer's result has been taken (or the wait given up).</summary>
    public void Forget(string jobId) => waiting.TryRemove(jobId, out _);

    public void Deliver(ReadJobDone done)
    {
        ArgumentNullException.ThrowIfNull(done);
        if (waiting.TryGetValue(done.JobId, out var answer))
        {
            answer.TrySetResult(done);
        }
        else if (done.Error is null)
        {
            results.Delete(done.Sha256, done.JobId);
        }
    }
}
