using KnowledgeArchive.Client.Contracts;
using Refit;

namespace KnowledgeArchive.Client;

/// <summary>The KnowledgeArchive HTTP API (v1). Create with <see cref="KnowledgeArchiveClient.Create(HttpClient)"/>.</summary>
public interface IKnowledgeArchiveApi
{
    [Get("/health")]
    Task<HealthDto> GetHealthAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Documents matching <paramref name="q"/>, with facets by CCG, ICB, type, body, year and outcome;
    /// <paramref name="outcome"/> keeps the documents that record a decision with that outcome; a question in words is
    /// searched for its content words unless <paramref name="words"/> is <c>all</c>; with <paramref name="minSequence"/>
    /// the answer reflects at least that catalog sequence (a batch's <c>CatalogSequence</c>) or is a 503 to retry.
    /// </summary>
    [Get("/api/search")]
    Task<SearchResponseDto> SearchAsync(
        string q,
        int? page = null,
        int? pageSize = null,
        string? ccg = null,
        string? icb = null,
        string? type = null,
        string? body = null,
        [AliasAs("from")] string? fromDate = null,
        [AliasAs("to")] string? toDate = null,
        string? sort = null,
        bool? decisions = null,
        string? outcome = null,
        string? sensitivity = null,
        string? words = null,
        long? minSequence = null,
        CancellationToken cancellationToken = default);

    [Get("/api/documents")]
    Task<DocumentListDto> ListDocumentsAsync(
        string? fileName = null,
        string? sha256 = null,
        string? status = null,
        int? page = null,
        int? pageSize = null,
        CancellationToken cancellationToken = default);

    [Get("/api/documents/{id}")]
    Task<DocumentDto> GetDocumentAsync(string id, CancellationToken cancellationToken = default);

    [Get("/api/documents/{id}/pages/{pageNumber}")]
    Task<PageDto> GetPageAsync(string id, int pageNumber, CancellationToken cancellationToken = default);

    /// <summary>The kept picture of a page read by OCR (JPEG or PNG); 404 when the page has none.</summary>
    [Get("/api/documents/{id}/pages/{pageNumber}/image")]
    Task<HttpResponseMessage> GetPageImageAsync(string id, int pageNumber, CancellationToken cancellationToken = default);

    [Get("/api/documents/{id}/similar")]
    Task<SimilarDocumentsDto> GetSimilarDocumentsAsync(string id, int? count = null, CancellationToken cancellationToken = default);

    [Get("/api/documents/{id}/file")]
    Task<HttpResponseMessage> DownloadFileAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Reads a quarantined document again from its stored original (202, pending); 409 when it is not quarantined.</summary>
    [Post("/api/documents/{id}/retry")]
    Task<DocumentDto> RetryDocumentAsync(string id, [Body] DocumentActionDto request, CancellationToken cancellationToken = default);

    /// <summary>Reads an encrypted PDF again with its password, for that one extraction (202, pending); 409 unless quarantined as encrypted.</summary>
    [Post("/api/documents/{id}/password")]
    Task<DocumentDto> SupplyPasswordAsync(string id, [Body] PasswordRequestDto request, CancellationToken cancellationToken = default);

    /// <summary>Reads a quarantined PDF again with every page read by OCR (202, pending); 409 for another format.</summary>
    [Post("/api/documents/{id}/ocr")]
    Task<DocumentDto> RunOcrAsync(string id, [Body] DocumentActionDto request, CancellationToken cancellationToken = default);

    /// <summary>Makes a quarantined document public or restricted, with the reason.</summary>
    [Post("/api/documents/{id}/sensitivity")]
    Task<DocumentDto> SetSensitivityAsync(string id, [Body] SensitivityRequestDto request, CancellationToken cancellationToken = default);

    /// <summary>Records that a quarantined document was reviewed and left unread, with a note; it stays quarantined.</summary>
    [Post("/api/documents/{id}/review")]
    Task<DocumentDto> ReviewDocumentAsync(string id, [Body] ReviewRequestDto request, CancellationToken cancellationToken = default);

    [Get("/api/decisions")]
    Task<DecisionListDto> ListDecisionsAsync(
        string? q = null,
        string? ccg = null,
        string? icb = null,
        string? body = null,
        string? outcome = null,
        string? reference = null,
        [AliasAs("from")] string? fromDate = null,
        [AliasAs("to")] string? toDate = null,
        int? page = null,
        int? pageSize = null,
        CancellationToken cancellationToken = default);

    [Get("/api/decisions/{id}")]
    Task<DecisionDto> GetDecisionAsync(string id, CancellationToken cancellationToken = default);

    [Get("/api/decisions/{id}/lineage")]
    Task<LineageDto> GetLineageAsync(string id, int? depth = null, CancellationToken cancellationToken = default);

    [Get("/api/decisions/{id}/lineage/export")]
    Task<HttpResponseMessage> ExportLineageAsync(string id, string? format = null, string? reason = null, CancellationToken cancellationToken = default);

    [Get("/api/in-force")]
    Task<InForceDto> GetInForceAsync(string subject, string area, [AliasAs("date")] string onDate, CancellationToken cancellationToken = default);

    [Get("/api/lineage/trace")]
    Task<LineageAnswerDto> TraceAsync([AliasAs("q")] string question, CancellationToken cancellationToken = default);

    /// <summary>A lineage question with parts of its reading corrected (null keeps what was read; empty clears it).</summary>
    [Get("/api/lineage/trace")]
    Task<LineageAnswerDto> TraceAsync([AliasAs("q")] string question, string? intent, string? organisation, string? body, int? year, string? subject, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gaps in the record, of one kind when <paramref name="reason"/> is given (not_in_archive, ambiguous, deferred_never_decided,
    /// conflicting_policies), of one CCG or ICB when <paramref name="organisation"/> is (its name, any case).
    /// </summary>
    [Get("/api/lineage/gaps")]
    Task<IReadOnlyList<LineageGapDto>> GetLineageGapsAsync(string? reason = null, string? organisation = null, CancellationToken cancellationToken = default);

    /// <summary>The gaps as CSV (<c>format=csv</c>), a row each with the file it is found in.</summary>
    [Get("/api/lineage/gaps?format=csv")]
    Task<HttpResponseMessage> ExportLineageGapsAsync(string? reason = null, string? organisation = null, CancellationToken cancellationToken = default);

    [Get("/api/organisations")]
    Task<OrganisationsDto> GetOrganisationsAsync(CancellationToken cancellationToken = default);

    [Multipart]
    [Post("/api/documents")]
    Task<IApiResponse<UploadResultDto>> UploadAsync(
        [AliasAs("file")] StreamPart file,
        [AliasAs("source")] string? source = null,
        CancellationToken cancellationToken = default);

    [Post("/api/ingest/batches")]
    Task<IngestBatchDto> StartBatchAsync([Body] IngestBatchRequestDto request, CancellationToken cancellationToken = default);

    [Multipart]
    [Post("/api/ingest/batches")]
    Task<IngestBatchDto> UploadBatchAsync(
        [AliasAs("file")] StreamPart zip,
        [AliasAs("source")] string source,
        CancellationToken cancellationToken = default);

    [Get("/api/ingest/batches")]
    Task<IngestBatchListDto> ListBatchesAsync(CancellationToken cancellationToken = default);

    [Get("/api/ingest/batches/{id}")]
    Task<IngestBatchDto> GetBatchAsync(string id, bool? files = null, CancellationToken cancellationToken = default);

    [Get("/api/ingest/batches/{id}/report.csv")]
    Task<HttpResponseMessage> GetBatchReportAsync(string id, CancellationToken cancellationToken = default);

    [Post("/api/ingest/batches/{id}/rerun")]
    Task<IngestBatchDto> RerunBatchFailuresAsync(string id, CancellationToken cancellationToken = default);

    [Post("/api/keys")]
    Task<CreatedApiKeyDto> CreateKeyAsync([Body] CreateApiKeyRequestDto request, CancellationToken cancellationToken = default);

    [Get("/api/keys")]
    Task<ApiKeyListDto> ListKeysAsync(CancellationToken cancellationToken = default);

    [Delete("/api/keys/{keyId}")]
    Task RevokeKeyAsync(string keyId, CancellationToken cancellationToken = default);

    [Get("/api/audit")]
    Task<AuditEntryListDto> ListAuditAsync(
        string? actor = null,
        string? action = null,
        int? limit = null,
        long? before = null,
        CancellationToken cancellationToken = default);

    [Get("/api/audit/verify")]
    Task<AuditVerificationDto> VerifyAuditAsync(CancellationToken cancellationToken = default);

    [Post("/api/fixity")]
    Task<FixityReportDto> RunFixityAsync(CancellationToken cancellationToken = default);
}
