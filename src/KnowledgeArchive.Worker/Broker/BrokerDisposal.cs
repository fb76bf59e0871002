namespace KnowledgeArchive.Worker.Broker;

/// <summary>Lets go of a channel or connection lost with the broker without waiting for it to close.</summary>
internal static class BrokerDisposal
{
    /// <summary>
    /// Disposes <paramref name="lost"/> in the background: closing what the broker no longer answers for can wait on
    /// a reply that never comes or on handlers still running, and nobody should wait for that.
    /// </summary>
    public static void LetGo(IAsyncDisposable lost) => _ = Task.Run(async () =>
    {
        try
        {
            await lost.DisposeAsync();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // It is gone either way.
        }
    });
}
