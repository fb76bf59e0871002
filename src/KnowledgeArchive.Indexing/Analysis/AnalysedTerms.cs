using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeArchive.Indexing.Analysis;

/// <summary>Text as the archive's analysis writes it in a field: the terms a search compares.</summary>
internal static class AnalysedTerms
{
    public static string[] Of(Analyzer analyzer, string field, string text)
    {
        var result = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
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
