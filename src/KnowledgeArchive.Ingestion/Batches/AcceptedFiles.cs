using System.Diagnostics;
using KnowledgeArchive.Core.Ingestion;

namespace KnowledgeArchive.Ingestion.Batches;

/// <summary>
/// Files of a batch stored by their SHA-256 and waiting to be recorded in the ledger together, in one transaction:
/// until then they stay pending there, so a crash only means staging them again (their originals are already kept
/// under their hashes).
/// </summary>
public sealed class AcceptedFiles
{
    /// <summary>Most files recorded in one transaction.</summary>
    public const int GroupSize = 32;

    /// <summary>Longest a stored file waits for others before it is recorded (and its document queued) anyway.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromMilliseconds(200);

    private readonly List<AcceptedFile> files = [];
    private readonly Stopwatch oldest = new();

    public int Count => files.Count;

    /// <summary>Whether the group is full or its first file has waited long enough.</summary>
    public bool Due => files.Count >= GroupSize || (files.Count > 0 && oldest.Elapsed >= MaxWait);

    public void Add(AcceptedFile file)
    {
        if (files.Count == 0)
        {
            oldest.Restart();
        }

        files.Add(file);
    }

    /// <summary>The files waiting, in the order they were stored; the group is empty afterwards.</summary>
    public IReadOnlyList<AcceptedFile> Take()
    {
        var taken = files.ToList();
        files.Clear();
        return taken;
    }
}
