namespace KnowledgeArchive.Core.Extraction;

/// <summary>
/// Lets a long extraction say it is still making progress (OCR reads a page at a time), so the time limit that
/// watches it counts from its last sign of life rather than from its start. Listeners are scoped to the current
/// asynchronous flow: an extraction only ever extends its own limit.
/// </summary>
public static class ExtractionHeartbeat
{
    private static readonly AsyncLocal<Action<TimeSpan>?> Current = new();

    /// <summary>Says a unit of work is done and the next may take up to <paramref name="allowance"/>.</summary>
    public static void Beat(TimeSpan allowance) => Current.Value?.Invoke(allowance);

    /// <summary>Listens for beats in this flow until the returned scope is disposed; outer listeners still hear them.</summary>
    public static IDisposable Listen(Action<TimeSpan> listener)
    {
        ArgumentNullException.ThrowIfNull(listener);
        var outer = Current.Value;
        Current.Value = outer is null ? listener : allowance =>
        {
            listener(allowance);
            outer(allowance);
        };
        return new Scope(outer);
    }

    private sealed class Scope(Action<TimeSpan>? outer) : IDisposable
    {
        public void Dispose() => Current.Value = outer;
    }
}
