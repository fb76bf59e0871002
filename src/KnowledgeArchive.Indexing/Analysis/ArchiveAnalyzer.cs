using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace KnowledgeArchive.Indexing.Analysis;

/// <summary>
/// The archive's analysis, the same when indexing and searching. Text fields: standard tokens, English possessives
/// removed, lower case, UK spelling, English stop words removed, Porter stems. Fields ending in
/// <see cref="IndexFields.PlainSuffix"/> keep whole words (lower case, UK spelling), for prefix and wildcard search.
/// </summary>
internal sealed class ArchiveAnalyzer : Analyzer
{
    private static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    public ArchiveAnalyzer()
        : base(PER_FIELD_REUSE_STRATEGY)
    {
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        if (fieldName.EndsWith(IndexFields.PlainSuffix, StringComparison.Ordinal))
        {
            return new TokenStreamComponents(source, new UkSpellingFilter(new LowerCaseFilter(Version, source)));
        }

        TokenStream stream = new EnglishPossessiveFilter(Version, source);
        stream = new LowerCaseFilter(Version, stream);
        stream = new UkSpellingFilter(stream);
        stream = new StopFilter(Version, stream, StopWords);
        return new TokenStreamComponents(source, new PorterStemFilter(stream));
    }

    private static CharArraySet StopWords { get; } = EnglishAnalyzer.DefaultStopSet;
}
