namespace KnowledgeArchive.Indexing;

/// <summary>Field names of the page entries in the Lucene index. One entry per page; every entry carries its document's metadata.</summary>
internal static class IndexFields
{
    /// <summary>Document id: indexed as a keyword and as sorted doc values.</summary>
    public const string DocumentId = "doc_id";

    /// <summary>Page number (stored).</summary>
    public const string Page = "page";

    /// <summary>"1" on each document's first page entry: counts documents.</summary>
    public const string FirstPage = "first";

    public const string Title = "title";
    public const string Text = "text";
    public const string FileName = "file_name";

    /// <summary>What enrichment read about the document, as searchable words: its description, organisations, body and type.</summary>
    public const string About = "about";

    /// <summary>Metadata keyword fields: lower-cased for filtering; doc values keep the display form for facets.</summary>
    public const string DocumentType = "type";
    public const string Ccg = "ccg";
    public const string Icb = "icb";
    public const string Body = "body";

    /// <summary>Date as yyyyMMdd: an Int32 field for ranges and numeric doc values for sorting.</summary>
    public const string Date = "date";

    public const string FilterSuffix = "_key";

    /// <summary>Record sensitivity (<c>public</c> or <c>restricted</c>): a keyword for the scope filter, and sorted doc values.</summary>
    public const string Sensitivity = "sensitivity";

    /// <summary>Outcomes of the decisions recorded on the page (keyword): the query language's <c>outcome:</c>.</summary>
    public const string Outcome = "outcome";

    /// <summary>
    /// Outcomes of the decisions recorded anywhere in the document, on each of its page entries: a keyword for the
    /// outcome filter and sorted-set doc values for the outcome facet, so whichever page matches carries them all.
    /// </summary>
    public const string DocumentOutcomes = "doc_outcome";

    /// <summary>Canonical references of the page's decisions and of the policy the document is (keyword).</summary>
    public const string Reference = "ref";

    /// <summary>Suffix of fields holding whole words, unstemmed, for prefix and wildcard search.</summary>
    public const string PlainSuffix = "_plain";

    public const string TitlePlain = Title + PlainSuffix;
    public const string TextPlain = Text + PlainSuffix;

    /// <summary>Suffix of the analysed copies of metadata values, so <c>ccg:"hollin vale"</c> finds "NHS Hollin Vale CCG".</summary>
    public const string WordsSuffix = "_words";

    public static readonly string[] Facets = [DocumentType, Ccg, Icb, Body, Sensitivity];
}
