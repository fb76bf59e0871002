namespace KnowledgeArchive.Indexing;

/// <summary>A matching document as ranked: its best page, whether that page has every word of the query, and its date.</summary>
/// <param name="Segment">The index of the segment in the search, which with <paramref name="Ordinal"/> names the document.</param>
/// <param name="Ordinal">The ordinal of the document's id in its segment.</param>
/// <param name="LuceneDoc">The best page entry, as a searcher-wide doc id.</param>
/// <param name="EveryWord">True when a page has every word: such documents come first.</param>
/// <param name="Score">The best page's score (among pages with every word, when it has one).</param>
/// <param name="Date">The document's date as yyyyMMdd, or 0.</param>
internal readonly record struct DocumentCandidate(int Segment, int Ordinal, int LuceneDoc, bool EveryWord, float Score, long Date);
