using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Indexing;
using KnowledgeArchive.Language;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Tools.Commands;

/// <summary>
/// The index of a <c>bench-search</c> data directory opened in this process as the service opens it: with the
/// configured synonyms and the phrasebook's question words, so a search here reads a question and suggests words as
/// one sent to the service does.
/// </summary>
internal static class BenchIndex
{
    public static LuceneSearchIndex Open(ArchiveOptions options) =>
        new(new ArchivePaths(options), Options.Create(options), NullLogger<LuceneSearchIndex>.Instance,
            SynonymList.LoadConfigured(null), PhrasebookLoader.LoadDefault().SearchQuestions);
}
