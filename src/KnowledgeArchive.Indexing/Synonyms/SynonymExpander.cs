using System.Text;
using KnowledgeArchive.Core.Configuration;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeArchive.Indexing.Synonyms;

/// <summary>
/// Rewrites query text so each plain word or run of words that is a synonym becomes a group of all its synonyms:
/// <c>CHC funding</c> is searched as <c>(CHC OR "continuing healthcare") funding</c>. Words are compared after the
/// archive's analysis, so "gluten free", "Gluten-Free" and "gluten-free" are one phrase and UK and US spellings and
/// word endings do not matter. Quoted phrases, field values, operators and words marked + or - are left as written.
/// </summary>
internal sealed class SynonymExpander
{
    private readonly Analyzer analyzer;
    private readonly List<(string[] Terms, int Group)> entries = [];
    private readonly IReadOnlyList<IReadOnlyList<string>> groups;

    public SynonymExpander(SynonymList synonyms, Analyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(synonyms);
        this.analyzer = analyzer;
        groups = synonyms.Groups;
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var member in groups[g])
            {
                var terms = Analyse(member);
                if (terms.Length > 0)
                {
                    entries.Add((terms, g));
                }
            }
        }

        // Longest first, so "evidence-based interventions" wins over a group holding "evidence".
        entries.Sort((a, b) => b.Terms.Length.CompareTo(a.Terms.Length));
    }

    public string Expand(string text)
    {
        if (entries.Count == 0)
        {
            return text;
        }

        var segments = QuerySegments.Split(text);
        var output = new StringBuilder();
        var copied = 0;
        var i = 0;
        while (i < segments.Count)
        {
            if (!segments[i].IsPlainWord)
            {
                i++;
                continue;
            }

            var run = i;
            while (run < segments.Count && segments[run].IsPlainWord)
            {
                run++;
            }

            var words = segments.GetRange(i, run - i);
            foreach (var (first, last, group) in Matches(words))
            {
                output.Append(text, copied, words[first].Start - copied);
                output.Append('(').Append(string.Join(" OR ", groups[group].Select(Quote))).Append(')');
                copied = words[last].Start + words[last].Length;
            }

            i = run;
        }

        return output.Append(text, copied, text.Length - copied).ToString();
    }

    private IEnumerable<(int First, int Last, int Group)> Matches(List<QuerySegment> words)
    {
        // Each word's analysed terms, with the index of the word they came from.
        var terms = words.SelectMany((w, index) => Analyse(w.Text).Select(t => (Term: t, Word: index))).ToList();
        var w = 0;
        while (w < words.Count)
        {
            var start = terms.FindIndex(t => t.Word == w);
            var match = start < 0 ? default : entries.FirstOrDefault(e => Matches(terms, start, e.Terms));
            if (match.Terms is null)
            {
                w++;
                continue;
            }

            var lastWord = terms[start + match.Terms.Length - 1].Word;
            yield return (w, lastWord, match.Group);
            w = lastWord + 1;
        }
    }

    private static bool Matches(List<(string Term, int Word)> terms, int start, string[] entry)
    {
        if (start + entry.Length > terms.Count)
        {
            return false;
        }

        for (var k = 0; k < entry.Length; k++)
        {
            if (terms[start + k].Term != entry[k])
            {
                return false;
            }
        }

        // The match must end with the last term of a word, never inside one.
        var end = start + entry.Length;
        return end == terms.Count || terms[end].Word != terms[end - 1].Word;
    }

    private static string Quote(string member) =>
        member.Any(char.IsWhiteSpace) || member.Contains('-', StringComparison.Ordinal)
            ? "\"" + member.Replace("\"", string.Empty, StringComparison.Ordinal) + "\""
            : QueryText.Literal(member);

    private string[] Analyse(string text)
    {
        var result = new List<string>();
        using var stream = analyzer.GetTokenStream(IndexFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            result.Add(term.ToString());
        }

        stream.End();
        return [.. result];
    }
}
