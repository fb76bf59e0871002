namespace KnowledgeArchive.Tools.Evaluation;

/// <summary>Right and wrong counts for one field, with the first few misses for a person to look at.</summary>
internal sealed class FieldScore(string name)
{
    private readonly List<string> misses = [];

    public string Name { get; } = name;

    public int Right { get; private set; }

    public int Total { get; private set; }

    public double Accuracy => Total == 0 ? double.NaN : (double)Right / Total;

    public IReadOnlyList<string> Misses => misses;

    public void Add(bool right, string miss)
    {
        Total++;
        if (right)
        {
            Right++;
        }
        else if (misses.Count < 8)
        {
            misses.Add(miss);
        }
    }
}
