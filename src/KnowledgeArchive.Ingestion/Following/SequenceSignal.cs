namespace KnowledgeArchive.Ingestion.Following;

/// <summary>A sequence that only moves up, and waits for it to reach a value.</summary>
public sealed class SequenceSignal
{
    private readonly Lock gate = new();
    private long current;
    private TaskCompletionSource moved = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public long Current
    {
        get
        {
            lock (gate)
            {
                return current;
            }
        }
    }

    public void Set(long sequence)
    {
        TaskCompletionSource done;
        lock (gate)
        {
            if (sequence <= current)
            {
                return;
            }

            current = sequence;
            done = moved;
            moved = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        done.SetResult();
    }

    /// <summary>Waits until the sequence is at least <paramref name="sequence"/> or <paramref name="wait"/> has passed; returns it then.</summary>
    public async Task<long> WaitForAsync(long sequence, TimeSpan wait, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(wait);
        while (true)
        {
            Task next;
            lock (gate)
            {
                if (current >= sequence)
                {
                    return current;
                }

                next = moved.Task;
            }

            try
            {
                await next.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return Current;
            }
        }
    }
}
