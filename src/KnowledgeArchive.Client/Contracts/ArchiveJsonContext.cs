using System.Text.Json;
using System.Text.Json.Serialization;

namespace KnowledgeArchive.Client.Contracts;

/// <summary>Source-generated JSON metadata for every contract type: camelCase, nulls written, no reflection.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(DocumentDto))]
[JsonSerializable(typeof(DocumentListDto))]
[JsonSerializable(typeof(DecisionDto))]
[JsonSerializable(typeof(DecisionListDto))]
[JsonSerializable(typeof(OrganisationsDto))]
[JsonSerializable(typeof(LineageDto))]
[JsonSerializable(typeof(LineageAnswerDto))]
[JsonSerializable(typeof(InForceDto))]
[JsonSerializable(typeof(IReadOnlyList<LineageGapDto>))]
[JsonSerializable(typeof(PageDto))]
[JsonSerializable(typeof(PageOcrDto))]
[JsonSerializable(typeof(UploadResultDto))]
[JsonSerializable(typeof(DocumentActionDto))]
[JsonSerializable(typeof(PasswordRequestDto))]
[JsonSerializable(typeof(SensitivityRequestDto))]
[JsonSerializable(typeof(ReviewRequestDto))]
[JsonSerializable(typeof(SearchResponseDto))]
[JsonSerializable(typeof(DecisionHitDto))]
[JsonSerializable(typeof(SimilarDocumentsDto))]
[JsonSerializable(typeof(HealthDto))]
[JsonSerializable(typeof(ProblemDto))]
[JsonSerializable(typeof(IngestBatchRequestDto))]
[JsonSerializable(typeof(IngestBatchDto))]
[JsonSerializable(typeof(IngestBatchListDto))]
[JsonSerializable(typeof(CreateApiKeyRequestDto))]
[JsonSerializable(typeof(CreatedApiKeyDto))]
[JsonSerializable(typeof(ApiKeyListDto))]
[JsonSerializable(typeof(AuditEntryListDto))]
[JsonSerializable(typeof(AuditVerificationDto))]
[JsonSerializable(typeof(FixityReportDto))]
public sealed partial class ArchiveJsonContext : JsonSerializerContext;
