namespace KnowledgeArchive.Core.Configuration;

/// <summary>Settings under the <c>Archive</c> configuration section.</summary>
public sealed class ArchiveOptions
{
    public const string SectionName = "Archive";

    /// <summary>
    /// Root of everything the archive keeps: originals, catalog, index, keys. Relative paths are resolved from the
    /// working directory; unset, the user's data folder (<see cref="Configuration.DefaultDataDirectory"/>).
    /// </summary>
    public string? DataDirectory { get; set; }

    /// <summary>Folder watched for new files; defaults to <c>inbox</c> inside the data directory.</summary>
    public string? InboxDirectory { get; set; }

    /// <summary>
    /// A folder the service and its workers on other machines all mount (originals by SHA-256, what workers read);
    /// unset, the data directory. Only a deployment with workers (<see cref="Broker"/>) needs it apart.
    /// </summary>
    public string? SharedDirectory { get; set; }

    /// <summary>
    /// The register of organisations (schema: <c>schemas/organisations.schema.json</c>). Default: the
    /// <c>organisations.json</c> shipped beside the service, a copy of <c>ingest-config/organisations.json</c>: every
    /// English CCG 2013-2022, ICB and sub-ICB location, with sources.
    /// </summary>
    public string? OrganisationsFile { get; set; }

    /// <summary>
    /// More organisation files read beside the register (a region's own joint committees, the demo's fictional
    /// organisations in <c>organisations.demo.json</c>).
    /// </summary>
    public IList<string> OrganisationOverlays { get; } = [];

    /// <summary>
    /// The phrasebook: how decisions, references, dates, bodies and sessions are worded (schema:
    /// <c>schemas/phrasebook.schema.json</c>). Default: the <c>phrasebook.json</c> shipped beside the service, a copy
    /// of <c>ingest-config/phrasebook.json</c>.
    /// </summary>
    public string? PhrasebookFile { get; set; }

    /// <summary>Phrasebook files whose lists are added to the phrasebook's: a deployment's own committee names and phrasings.</summary>
    public IList<string> PhrasebookOverlays { get; } = [];

    /// <summary>
    /// Synonyms and abbreviations applied to search queries and lineage questions (schema:
    /// <c>schemas/synonyms.schema.json</c>). Default: the <c>synonyms.json</c> shipped beside the service, a copy of
    /// <c>ingest-config/synonyms.json</c>.
    /// </summary>
    public string? SynonymsFile { get; set; }

    /// <summary>
    /// Bulk ingest sources and zip limits (schema: <c>schemas/ingest-config.schema.json</c>). Default: the
    /// <c>ingest-sources.json</c> shipped beside the service, a copy of <c>ingest-config/ingest-sources.json</c>.
    /// </summary>
    public string? IngestConfigFile { get; set; }

    /// <summary>Files larger than this are quarantined as too large.</summary>
    public long MaxFileBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>
    /// Extraction of one file is stopped and the file quarantined after this long without progress (each page read by
    /// OCR is progress, and may take up to <see cref="OcrOptions.PageTimeout"/>).
    /// </summary>
    public TimeSpan ExtractionTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Run the parsers in separate worker processes (the default), so a file that crashes a parser, loops forever
    /// or eats memory costs only that worker, never the service. Off runs them inside the service.
    /// </summary>
    public bool IsolateExtraction { get; set; } = true;

    /// <summary>Reading scanned pages and pictures by OCR.</summary>
    public OcrOptions Ocr { get; set; } = new();

    /// <summary>Memory an extraction worker process may use before it is stopped and the file quarantined.</summary>
    public int ExtractionMemoryLimitMegabytes { get; set; } = 2048;

    /// <summary>A search still collecting matches after this long is stopped and answered with a message to narrow it.</summary>
    public TimeSpan SearchTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a file in the inbox must stay unchanged before it is consumed.</summary>
    public TimeSpan InboxSettleTime { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the inbox is scanned.</summary>
    public TimeSpan InboxPollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// How many searches the index keeps collected (total, facet counts and the first documents of the ranking), so
    /// that paging, facet clicks on the same words and repeated queries skip the collection. Every publish of new or
    /// changed documents empties it. 0 turns the cache off. An entry takes about 35 KB, plus the hits of up to four
    /// pages kept with it (about 25 KB for a page of 20), so the default costs some 60 to 150 MB when full.
    /// </summary>
    public int SearchCacheEntries { get; set; } = 1024;

    /// <summary>
    /// <c>All</c> (the default): this node takes documents in, reads and commits them and serves everything.
    /// <c>Search</c>: it serves reads and search only, from its own index following the shared catalog (PostgreSQL).
    /// </summary>
    public NodeRole Role { get; set; } = NodeRole.All;

    /// <summary>How often a node whose index follows the catalog's change feed (a PostgreSQL catalog) asks it for changes.</summary>
    public TimeSpan FeedPollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Longest a search asking for <c>minSequence</c> waits for this node's index to reach it before a 503.</summary>
    public TimeSpan MinSequenceWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Which database holds the catalog: SQLite in the data directory (the default) or PostgreSQL.</summary>
    public CatalogOptions Catalog { get; set; } = new();

    /// <summary>A message broker that hands documents to worker processes; unset, the service reads them itself.</summary>
    public BrokerOptions Broker { get; set; } = new();

    /// <summary>Access control: the bootstrap admin key and the UI sign-in lifetime.</summary>
    public ArchiveAuthOptions Auth { get; set; } = new();
}
