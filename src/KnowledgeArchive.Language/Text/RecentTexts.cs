namespace KnowledgeArchive.Language.Text;

/// <summary>
/// What one reading gave for the texts of the document being read on this thread (<see cref="TextReading"/>).
/// Enrichment asks the same questions of the same sentence many times over (each phrase list, each reader, each
/// clause), so a text is read once while its document is in hand. Results must not be changed by those who ask.
/// Bounded: past <see cref="Capacity"/> texts a thread starts afresh, and very long texts are read each time rather
/// than kept.
/// </summary>
/// <typeparam name="T">What the reading gives.</typeparam>
public sealed class RecentTexts<T>(Func<string, T> read)
{
    private const int Capacity = 512;
    private const int LongestKept = 16_384;

    [ThreadStatic]
    private static Dictionary<(int Owner, string Text), T>? recent;

    [ThreadStatic]
    private static int keptFor;

    private static int owners;

    private readonly int owner = Interlocked.Increment(ref owners);

    /// <summary>What the reading gives for <paramref name="text"/>, read now or kept from a recent reading.</summary>
    public T Get(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > LongestKept)
        {
            return read(text);
        }

        var kept = recent ??= new Dictionary<(int Owner, string Text), T>(KeyComparer.Instance);
        if (keptFor != TextReading.Current)
        {
            kept.Clear();
            keptFor = TextReading.Current;
        }

        if (kept.TryGetValue((owner, text), out var result))
        {
            return result;
        }

        if (kept.Count >= Capacity)
        {
            kept.Clear();
        }

        result = read(text);
        kept[(owner, text)] = result;
        return result;
    }

    /// <summary>
    /// Compares keys by the text's characters, hashing a few of them: a tuple's default hash runs the randomised string
    /// hash over every character of the sentence at every ask. Texts that share the sampled characters only cost a
    /// comparison.
    /// </summary>
    private sealed class KeyComparer : IEqualityComparer<(int Owner, string Text)>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals((int Owner, string Text) x, (int Owner, string Text) y) =>
            x.Owner == y.Owner && (ReferenceEquals(x.Text, y.Text) || string.Equals(x.Text, y.Text, StringComparison.Ordinal));

        public int GetHashCode((int Owner, string Text) obj)
        {
            var text = obj.Text;
            var length = text.Length;
            if (length == 0)
            {
                return HashCode.Combine(obj.Owner, 0);
            }

            return HashCode.Combine(obj.Owner, length, text[0], text[length / 4], text[length / 2], text[3 * length / 4], text[length - 1]);
        }
    }
}
