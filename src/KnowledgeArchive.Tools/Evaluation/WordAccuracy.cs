namespace KnowledgeArchive.Tools.Evaluation;

/// <summary>
/// How many of a reference text's words a read text has, counted as bags of words (each word as often as the
/// reference has it), so a difference in reading order is not counted as a misread: <see cref="Accuracy"/> is the
/// share of the reference's words read, <see cref="Precision"/> the share of the read words in the reference.
/// </summary>
internal sealed class WordAccuracy
{
    public int ReferenceWords { get; private set; }

    public int ReadWords { get; private set; }

    public int Matched { get; private set; }

    public double Accuracy => ReferenceWords == 0 ? 0 : (double)Matched / ReferenceWords;

    public double Precision => ReadWords == 0 ? 0 : (double)Matched / ReadWords;

    public void Add(string reference, string read)
    {
        var expected = Count(reference);
        var got = Count(read);
        ReferenceWords += expected.Values.Sum();
        ReadWords += got.Values.Sum();
        Matched += expected.Sum(e => Math.Min(e.Value, got.GetValueOrDefault(e.Key)));
    }

    private static Dictionary<string, int> Count(string text) =>
        SentenceOverlap.WordsOf(text).GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
