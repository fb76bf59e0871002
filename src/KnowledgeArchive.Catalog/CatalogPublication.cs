namespace KnowledgeArchive.Catalog;

/// <summary>
/// Keeps a save's new statuses from readers until what else must show them (searches) has been shown them: a save
/// that publishes enters before its transaction commits and leaves once it has published, and readers of statuses wait,
/// after their read, for the saves that were running then. So a reader who sees "indexed" can search for it at once.
/// </summary>
internal sealed class CatalogPublication
{
    private readonly Lock gate = new();
    private int running;
    private TaskCompletionSource idle = Completed();

    /// <summary>Marks a publishing save as running until the returned value is disposed.</summary>
    public Running Enter()
    {
        lock (gate)
        {
            if (running++ == 0)
            {
                idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        return new Running(this);
    }

    /// <summary>Completes once every publishing save running now has left.</summary>
    public Task ShownAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return idle.Task.IsCompleted ? Task.CompletedTask : idle.Task.WaitAsync(cancellationToken);
        }
    }

    private void Leave()
    {
        lock (gate)
        {
            if (--running == 0)
            {
                idle.SetResult();
            }
        }
    }

    private static TaskCompletionSource Completed()
    {
        var completed = new TaskCompletionSource();
        completed.SetResult();
        return completed;
    }

    public readonly struct Running(CatalogPublication owner) : IDisposable
    {
        public void Dispose() => owner.Leave();
    }
}
