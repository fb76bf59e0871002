namespace KnowledgeArchive.Web.Tests.Infrastructure;

/// <summary>Polls until a condition holds: ingestion is asynchronous, so tests wait for its outcome rather than sleep.</summary>
public static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<Task<T?>> probe, TimeSpan? timeout = null, string? what = null)
        where T : class
    {
        var deadline = DateTimeOffset.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var value = await probe();
            if (value is not null)
            {
                return value;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what ?? "condition"}.");
            }

            await Task.Delay(100);
        }
    }
}
