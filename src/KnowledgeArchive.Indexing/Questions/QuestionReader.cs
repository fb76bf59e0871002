using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Indexing.Analysis;
using KnowledgeArchive.Indexing.Synonyms;
using Lucene.Net.Analysis;

namespace KnowledgeArchive.Indexing.Questions;

/// <summary>
/// Reads a question in words ("what did the governing body decide about continuing healthcare") down to its content
/// words ("continuing healthcare"), so the words every set of minutes shares do not decide the ranking. Only text of
/// plain words that starts with a question cue or ends in "?" is read so; text using the query language, or whose
/// every word is a filler, is searched as written. Words are compared after the archive's analysis.
/// </summary>
internal sealed class QuestionReader
{
    private readonly Analyzer analyzer;
    private readonly HashSet<string> cues;
    private readonly List<string[]> fillers;

    public QuestionReader(QuestionWords words, Analyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(words);
        this.analyzer = analyzer;
        cues = words.Cues.Select(c => c.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        fillers = [.. words.Fillers.Select(f => AnalysedTerms.Of(analyzer, IndexFields.Text, f)).Where(t => t.Length > 0)
            .OrderByDescending(t => t.Length)];
    }

    /// <summary>The reading of <paramref name="text"/>, or null when it is to be searched as written.</summary>
    public QueryReading? Read(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        var asked = trimmed.EndsWith('?') ? trimmed.TrimEnd('?').TrimEnd() : trimmed;
        var segments = QuerySegments.Split(asked);
        if (segments.Count < 2 || segments.Any(s => !s.IsPlainWord))
        {
            return null;
        }

        var words = segments.Select(s => s.Text.Trim(',', '.', ';', '!')).Where(w => w.Length > 0).ToList();
        if (!trimmed.EndsWith('?') && !cues.Contains(words[0].ToLowerInvariant()))
        {
            return null;
        }

        // A question mark alone still changes the search: it would otherwise be read as a wildcard.
        var (kept, leftOut) = Split(words);
        if (kept.Count == 0 || (leftOut.Count == 0 && asked.Length == trimmed.Length))
        {
            return null;
        }

        return new QueryReading(text.Trim(), string.Join(' ', kept), leftOut);
    }

    private (List<string> Kept, List<string> LeftOut) Split(List<string> words)
    {
        var keys = words.Select(w => AnalysedTerms.Of(analyzer, IndexFields.Text, w)).ToList();
        var kept = new List<string>();
        var leftOut = new List<string>();
        var i = 0;
        while (i < words.Count)
        {
            var length = cues.Contains(words[i].ToLowerInvariant()) || keys[i].Length == 0 ? 1 : FillerAt(keys, i);
            if (length == 0)
            {
                kept.Add(words[i]);
                i++;
                continue;
            }

            leftOut.Add(string.Join(' ', words.GetRange(i, length)));
            i += length;
        }

        return (kept, leftOut);
    }

    /// <summary>How many words from <paramref name="start"/> make up the longest filler there; 0 when none does.</summary>
    private int FillerAt(List<string[]> keys, int start)
    {
        foreach (var filler in fillers)
        {
            var terms = new List<string>();
            var count = 0;
            while (terms.Count < filler.Length && start + count < keys.Count)
            {
                terms.AddRange(keys[start + count]);
                count++;
            }

            if (terms.SequenceEqual(filler, StringComparer.Ordinal))
            {
                return count;
            }
        }

        return 0;
    }
}
