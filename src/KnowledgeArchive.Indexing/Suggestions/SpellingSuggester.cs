using System.Text;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Indexing.Analysis;
using KnowledgeArchive.Indexing.Synonyms;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeArchive.Indexing.Suggestions;

/// <summary>
/// "Did you mean": each plain word of a search that no page the caller may see holds is replaced by the nearest word
/// that one does (fewest edits, then the most pages), found by enumerating the index's own whole-word terms within one
/// or two edits, or by a word of the configured synonyms. A word of the synonyms is never corrected: searching for it
/// finds its other names. Only unknown words cost an enumeration, so a search of known words pays a term look-up each.
/// </summary>
internal sealed class SpellingSuggester
{
    /// <summary>Shorter words have too many near neighbours for a guess to help.</summary>
    private const int MinLength = 4;

    private const int MaxCandidates = 64;

    private readonly Analyzer analyzer;
    private readonly HashSet<string> synonymWords;

    public SpellingSuggester(SynonymList synonyms, Analyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(synonyms);
        this.analyzer = analyzer;
        synonymWords = synonyms.Groups.SelectMany(g => g).SelectMany(m => AnalysedTerms.Of(analyzer, IndexFields.TextPlain, m))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The text with unknown words corrected, or null when there is nothing to correct.</summary>
    public string? Suggest(IndexSearcher searcher, string text, RecordScope scope)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var output = new StringBuilder();
        var copied = 0;
        foreach (var segment in QuerySegments.Split(text).Where(s => s.IsPlainWord))
        {
            var forms = AnalysedTerms.Of(analyzer, IndexFields.TextPlain, segment.Text);
            if (forms.Length != 1 || forms[0].Length < MinLength || !forms[0].All(char.IsLetter)
                || synonymWords.Contains(forms[0]) || VisibleTerms.Contains(searcher, IndexFields.TextPlain, forms[0], scope))
            {
                continue;
            }

            if (Nearest(searcher, forms[0], scope) is { } nearest)
            {
                output.Append(text, copied, segment.Start - copied).Append(nearest);
                copied = segment.Start + segment.Length;
            }
        }

        return copied == 0 ? null : output.Append(text, copied, text.Length - copied).ToString();
    }

    private string? Nearest(IndexSearcher searcher, string word, RecordScope scope)
    {
        var maxEdits = word.Length <= 5 ? 1 : 2;
        var candidates = new List<(string Word, int Edits, int Pages)>();
        if (MultiFields.GetTerms(searcher.IndexReader, IndexFields.TextPlain) is { } terms)
        {
            // A first letter in common: misspellings seldom start wrong, and the enumeration is far smaller.
            var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(IndexFields.TextPlain, word), maxEdits, 1, true);
            while (candidates.Count < MaxCandidates && fuzzy.MoveNext())
            {
                var found = fuzzy.Term.Utf8ToString();
                candidates.Add((found, EditDistance.Between(word, found), fuzzy.DocFreq));
            }
        }

        candidates.AddRange(synonymWords.Where(s => s.Length >= MinLength && Math.Abs(s.Length - word.Length) <= maxEdits)
            .Select(s => (s, EditDistance.Between(word, s), int.MaxValue))
            .Where(c => c.Item2 <= maxEdits));
        return candidates
            .Where(c => c.Edits > 0 && c.Word.All(char.IsLetter))
            .OrderBy(c => c.Edits)
            .ThenByDescending(c => c.Pages)
            .ThenBy(c => c.Word, StringComparer.Ordinal)
            .Select(c => c.Word)
            .FirstOrDefault(c => synonymWords.Contains(c) || VisibleTerms.Contains(searcher, IndexFields.TextPlain, c, scope));
    }
}
