using System.Globalization;
using Lucene.Net.Index;

namespace KnowledgeArchive.Indexing;

/// <summary>
/// The catalog sequence an index commit reaches, kept in the commit's user data: written in the same commit as the
/// documents it covers, so a restart resumes from it and an index that is cleared or lost starts again from 0.
/// </summary>
internal static class CommitSequence
{
    private const string Key = "ka.catalogSequence";

    public static long Read(IndexWriter writer)
    {
        var data = writer.CommitData;
        return data is not null && data.TryGetValue(Key, out var text) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            ? sequence
            : 0;
    }

    /// <summary>Records <paramref name="sequence"/> for the writer's next commit (and every commit after it until set again).</summary>
    public static void Set(IndexWriter writer, long sequence) =>
        writer.SetCommitData(new Dictionary<string, string> { [Key] = sequence.ToString(CultureInfo.InvariantCulture) });
}
