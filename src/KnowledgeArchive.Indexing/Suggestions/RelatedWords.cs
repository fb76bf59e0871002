using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Indexing.Analysis;
using Lucene.Net.Analysis;

namespace KnowledgeArchive.Indexing.Suggestions;

/// <summary>The other names, from the configured synonyms, of the words and phrases in a search ("CHC" for "continuing healthcare").</summary>
internal sealed class RelatedWords
{
    private readonly Analyzer analyzer;
    private readonly List<(string[] Terms, IReadOnlyList<string> Group, string Member)> members = [];

    public RelatedWords(SynonymList synonyms, Analyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(synonyms);
        this.analyzer = analyzer;
        foreach (var group in synonyms.Groups)
        {
            members.AddRange(group.Select(m => (AnalysedTerms.Of(analyzer, IndexFields.Text, m), group, m)).Where(m => m.Item1.Length > 0));
        }
    }

    public IReadOnlyList<string> Of(string text)
    {
        if (string.IsNullOrWhiteSpace(text) || members.Count == 0)
        {
            return [];
        }

        var terms = AnalysedTerms.Of(analyzer, IndexFields.Text, text);
        var matched = members.Where(m => Contains(terms, m.Terms)).ToList();
        var named = matched.Select(m => m.Member).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. matched.SelectMany(m => m.Group).Where(named.Add)];
    }

    private static bool Contains(string[] terms, string[] part)
    {
        for (var i = 0; i + part.Length <= terms.Length; i++)
        {
            if (terms.AsSpan(i, part.Length).SequenceEqual(part))
            {
                return true;
            }
        }

        return false;
    }
}
