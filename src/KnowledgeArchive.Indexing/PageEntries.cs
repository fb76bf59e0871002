using System.Globalization;
using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Search;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace KnowledgeArchive.Indexing;

/// <summary>Turns a document into its Lucene page entries.</summary>
internal static class PageEntries
{
    /// <summary>
    /// The whole-word copies of title and text: only prefix and wildcard queries (scored by word frequency) and
    /// spelling suggestions read them, never a phrase, so they keep no positions (the index a quarter smaller, and as much less to write and merge).
    /// </summary>
    private static readonly FieldType WordsWithoutPositions = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS });

    public static IEnumerable<IEnumerable<IIndexableField>> For(IndexedDocument document)
    {
        var record = document.Record;
        var pages = document.Pages.Count > 0 ? document.Pages : [new Core.Documents.PageText(1, string.Empty)];
        var outcomes = DocumentOutcomes(document);
        foreach (var page in pages)
        {
            var entry = new Document
            {
                new StringField(IndexFields.DocumentId, record.DocumentId, Field.Store.YES),
                new SortedDocValuesField(IndexFields.DocumentId, new BytesRef(record.DocumentId)),
                new StoredField(IndexFields.Page, page.Number),
                new TextField(IndexFields.Title, record.Title, Field.Store.YES),
                new TextField(IndexFields.Text, page.Text, Field.Store.YES),
                new StoredField(IndexFields.FileName, record.FileName),
                new TextField(IndexFields.About, About(record), Field.Store.NO),
                new Field(IndexFields.TitlePlain, record.Title, WordsWithoutPositions),
                new Field(IndexFields.TextPlain, page.Text, WordsWithoutPositions),
                new StringField(IndexFields.Sensitivity, record.Metadata.Sensitivity, Field.Store.NO),
                new SortedDocValuesField(IndexFields.Sensitivity, new BytesRef(record.Metadata.Sensitivity)),
            };
            if (page.Number == pages[0].Number)
            {
                entry.Add(new StringField(IndexFields.FirstPage, "1", Field.Store.NO));
            }

            foreach (var decision in document.Decisions.Where(d => d.InArchive && d.PageNumber == page.Number))
            {
                entry.Add(new StringField(IndexFields.Outcome, decision.Outcome.ToLowerInvariant(), Field.Store.NO));
                if (decision.Reference is not null)
                {
                    entry.Add(new StringField(IndexFields.Reference, DecisionReferences.Canonical(decision.Reference), Field.Store.NO));
                }
            }

            foreach (var outcome in outcomes)
            {
                entry.Add(new StringField(IndexFields.DocumentOutcomes, outcome, Field.Store.NO));
                entry.Add(new SortedSetDocValuesField(IndexFields.DocumentOutcomes, new BytesRef(outcome)));
            }

            if (!string.IsNullOrWhiteSpace(document.PolicyReference))
            {
                entry.Add(new StringField(IndexFields.Reference, DecisionReferences.Canonical(document.PolicyReference), Field.Store.NO));
            }

            var metadata = record.Metadata;
            AddKeyword(entry, IndexFields.DocumentType, metadata.DocumentType);
            AddKeyword(entry, IndexFields.Ccg, metadata.Ccg);
            AddKeyword(entry, IndexFields.Icb, metadata.Icb);
            AddKeyword(entry, IndexFields.Body, metadata.Body);
            if (metadata.Date is { } date)
            {
                var value = DateValue(date);
                entry.Add(new Int32Field(IndexFields.Date, value, Field.Store.NO));
                entry.Add(new NumericDocValuesField(IndexFields.Date, value));
                entry.Add(new StoredField(IndexFields.Date + "_text", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }

            yield return entry;
        }
    }

    public static int DateValue(DateOnly date) => (date.Year * 10000) + (date.Month * 100) + date.Day;

    public static string Key(string value) => value.Trim().ToLowerInvariant();

    /// <summary>The distinct outcomes of the decisions the document records (not those it only cites).</summary>
    private static List<string> DocumentOutcomes(IndexedDocument document) =>
        [.. document.Decisions.Where(d => d.InArchive && !string.IsNullOrWhiteSpace(d.Outcome)).Select(d => Key(d.Outcome)).Distinct(StringComparer.Ordinal)];

    private static string About(DocumentRecord record)
    {
        var metadata = record.Metadata;
        var date = metadata.Date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        string?[] words = [record.Description, metadata.DocumentType, metadata.Ccg, metadata.Icb, metadata.Body, date];
        return string.Join('\n', words.Where(w => !string.IsNullOrWhiteSpace(w) && w != DocumentTypes.Other));
    }

    private static void AddKeyword(Document entry, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        entry.Add(new StringField(field + IndexFields.FilterSuffix, Key(value), Field.Store.NO));
        entry.Add(new TextField(field + IndexFields.WordsSuffix, value, Field.Store.NO));
        entry.Add(new SortedDocValuesField(field, new BytesRef(value.Trim())));
        entry.Add(new StoredField(field, value.Trim()));
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
