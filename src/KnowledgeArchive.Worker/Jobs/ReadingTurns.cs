namespace KnowledgeArchive.Worker.Jobs;

/// <summary>
/// Turns at reading within one worker: the jobs it takes ahead are read side by side, except a file that has stopped
/// a worker before, which is read alone. A worker stopped while reading one file alone was stopped by that file, so
/// only such stops count towards its quarantine, and the files read beside a bad one are never blamed for it.
/// </summary>
public sealed class ReadingTurns(int slots) : IDisposable
{
    private readonly int slots = Math.Max(1, slots);
    private readonly SemaphoreSlim free = new(Math.Max(1, slots), Math.Max(1, slots));
    private readonly SemaphoreSlim alone = new(1, 1);

    /// <summary>Waits for a turn: one slot of several, or (<paramref name="readAlone"/>) every slot. Dispose it to end the turn.</summary>
    public async Task<IDisposable> TakeAsync(bool readAlone, CancellationToken cancellationToken)
    {
        if (!readAlone)
        {
            await free.WaitAsync(cancellationToken);
            return new Turn(() => free.Release());
        }

        await alone.WaitAsync(cancellationToken);
        var taken = 0;
        try
        {
            for (; taken < slots; taken++)
            {
                await free.WaitAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            if (taken > 0)
            {
                free.Release(taken);
            }

            alone.Release();
            throw;
        }

        return new Turn(() =>
        {
            free.Release(slots);
            alone.Release();
        });
    }

    public void Dispose()
    {
        free.Dispose();
        alone.Dispose();
    }

    private sealed class Turn(Action end) : IDisposable
    {
        private int ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref ended, 1) == 0)
            {
                end();
            }
        }
    }
}
