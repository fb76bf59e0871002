using KnowledgeArchive.Core.Documents;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace KnowledgeArchive.Indexing.Tests;

/// <summary>A segment's columns hold what its doc values say for every entry, and are read once per segment.</summary>
public sealed class SegmentColumnsTests : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly IndexWriter _writer;

    public SegmentColumnsTests() =>
        _writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.KeywordAnalyzer()));

    public void Dispose()
    {
        _writer.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public void Columns_AreTheDocValuesOfEachEntry_WithGapsForMissingValues()
    {
        Add("doc-b", ccg: "NHS Hollin Vale CCG", date: new DateOnly(2019, 3, 14), type: DocumentTypes.Minutes);
        Add("doc-a", ccg: null, date: null, type: DocumentTypes.Policy);
        Add("doc-b", ccg: "NHS Hollin Vale CCG", date: new DateOnly(2019, 3, 14), type: DocumentTypes.Minutes);
        _writer.Commit();
        using var reader = DirectoryReader.Open(_directory);
        var segment = Assert.Single(reader.Leaves).AtomicReader;

        var columns = SegmentColumns.Of(segment);

        var values = segment.GetSortedDocValues(IndexFields.DocumentId);
        var ids = Assert.IsType<int[]>(columns.Ids);
        Assert.Equal([values.GetOrd(0), values.GetOrd(1), values.GetOrd(2)], ids);
        Assert.Equal(ids[0], ids[2]);
        Assert.NotEqual(ids[0], ids[1]);
        var ccg = columns.Facets[Array.IndexOf(IndexFields.Facets, IndexFields.Ccg)]!;
        Assert.Equal(-1, ccg[1]);
        Assert.True(ccg[0] >= 0);
        Assert.Equal([20190314, 0, 20190314], columns.Dates);
        Assert.Null(columns.Facets[Array.IndexOf(IndexFields.Facets, IndexFields.Icb)]);
    }

    [Fact]
    public void ASegment_IsReadOnce_AndANewSegmentHasItsOwn()
    {
        Add("doc-1", ccg: "NHS North Marsh CCG", date: new DateOnly(2020, 1, 2), type: DocumentTypes.Minutes);
        _writer.Commit();
        using var first = DirectoryReader.Open(_directory);
        var before = SegmentColumns.Of(first.Leaves[0].AtomicReader);

        Add("doc-2", ccg: "NHS Wyvern Valley CCG", date: new DateOnly(2021, 5, 6), type: DocumentTypes.Policy);
        _writer.Commit();
        using var second = DirectoryReader.OpenIfChanged(first)!;
        var leaves = second.Leaves.Select(l => SegmentColumns.Of(l.AtomicReader)).ToList();

        Assert.Equal(2, leaves.Count);
        Assert.Same(before, leaves[0]);
        Assert.Equal([20210506], leaves[1].Dates);
    }

    private void Add(string id, string? ccg, DateOnly? date, string type)
    {
        var entry = new Document
        {
            new StringField(IndexFields.DocumentId, id, Field.Store.YES),
            new SortedDocValuesField(IndexFields.DocumentId, new BytesRef(id)),
            new SortedDocValuesField(IndexFields.DocumentType, new BytesRef(type)),
        };
        if (ccg is not null)
        {
            entry.Add(new SortedDocValuesField(IndexFields.Ccg, new BytesRef(ccg)));
        }

        if (date is { } d)
        {
            entry.Add(new NumericDocValuesField(IndexFields.Date, (d.Year * 10000) + (d.Month * 100) + d.Day));
        }

        _writer.AddDocument(entry);
    }
}
