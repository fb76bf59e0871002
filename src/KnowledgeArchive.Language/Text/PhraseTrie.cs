namespace KnowledgeArchive.Language.Text;

/// <summary>Phrases (sequences of lower-case words) with what each stands for; finds the longest one starting at a word.</summary>
public sealed class PhraseTrie<T>
{
    private readonly Node root = new();

    public int Count { get; private set; }

    public void Add(IReadOnlyList<string> words, T value)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count == 0)
        {
            return;
        }

        var node = root;
        foreach (var word in words)
        {
            node = node.Children.TryGetValue(word, out var next) ? next : node.Children[word] = new Node();
        }

        node.Values.Add(value);
        Count++;
    }

    public void Add(string phrase, T value) => Add(Tokenizer.Words(phrase), value);

    /// <summary>The longest phrase starting at <paramref name="start"/>: how many words it takes and what it stands for.</summary>
    public (int Length, IReadOnlyList<T> Values)? Longest(IReadOnlyList<string> words, int start)
    {
        ArgumentNullException.ThrowIfNull(words);
        (int, IReadOnlyList<T>)? best = null;
        var node = root;
        for (var i = start; i < words.Count; i++)
        {
            if (!node.Children.TryGetValue(words[i], out node))
            {
                break;
            }

            if (node.Values.Count > 0)
            {
                best = (i - start + 1, node.Values);
            }
        }

        return best;
    }

    /// <summary>Every phrase ending exactly at <paramref name="end"/> (exclusive), longest first.</summary>
    public IEnumerable<(int Start, IReadOnlyList<T> Values)> EndingAt(IReadOnlyList<string> words, int end, int maxLength = 8)
    {
        ArgumentNullException.ThrowIfNull(words);
        for (var start = Math.Max(0, end - maxLength); start < end; start++)
        {
            var node = root;
            var i = start;
            while (i < end && node.Children.TryGetValue(words[i], out var next))
            {
                node = next;
                i++;
            }

            if (i == end && node.Values.Count > 0)
            {
                yield return (start, node.Values);
            }
        }
    }

    /// <summary>Non-overlapping phrases left to right, the longest at each place.</summary>
    public IEnumerable<(int Start, int Length, IReadOnlyList<T> Values)> FindAll(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        for (var i = 0; i < words.Count;)
        {
            if (Longest(words, i) is { } found)
            {
                yield return (i, found.Length, found.Values);
                i += found.Length;
            }
            else
            {
                i++;
            }
        }
    }

    public bool Contains(IReadOnlyList<string> words) => words.Count > 0 && Longest(words, 0) is { } found && found.Length == words.Count;

    private sealed class Node
    {
        public Dictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);

        public List<T> Values { get; } = [];
    }
}
