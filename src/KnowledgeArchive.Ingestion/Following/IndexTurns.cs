namespace KnowledgeArchive.Ingestion.Following;

/// <summary>
/// Turns at writing and publishing the index, between this node's group commit and its feed follower: a publish
/// shows searches whatever the writer holds, so neither may publish the other's half-done work (a document indexed
/// before the catalog holds it as indexed).
/// </summary>
public sealed class IndexTurns : IDisposable
{
    private readonly SemaphoreSlim turn = new(1, 1);

    /// <summary>Waits for the turn; disposing the result gives it back.</summary>
    public async Task<Turn> TakeAsync(CancellationToken cancellationToken)
    {
        await turn.WaitAsync(cancellationToken);
        return new Turn(turn);
    }

    public void Dispose() => turn.Dispose();

    public readonly struct Turn(SemaphoreSlim turn) : IDisposable
    {
        public void Dispose() => turn.Release();
    }
}
