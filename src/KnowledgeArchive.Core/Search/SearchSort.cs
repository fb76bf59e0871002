namespace KnowledgeArchive.Core.Search;

/// <summary>Result order: best match first, or newest document date first.</summary>
public enum SearchSort
{
    Relevance,
    Date,
}
