using System.Text.Json;
using System.Text.Json.Serialization;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;

namespace KnowledgeArchive.Extraction.Isolation;

/// <summary>How the service hands its settings to an extraction worker process: environment variables.</summary>
public static class WorkerEnvironment
{
    /// <summary>The OCR settings (<see cref="Core.Configuration.OcrOptions"/>) as JSON.</summary>
    public const string OcrOptions = "KA_OCR_OPTIONS";
}

/// <summary>
/// A request to an extraction worker process: one JSON line on its standard input (a password travels only down this
/// pipe). <see cref="SkipOcr"/> asks for the first pass that reads nothing by OCR.
/// </summary>
public sealed record ExtractRequest(string Path, string? Password = null, bool ForceOcr = false, string? AttachmentsDirectory = null, bool SkipOcr = false)
{
    public static ExtractRequest From(ExtractionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new(request.Path, request.Password, request.ForceOcr, request.AttachmentsDirectory, request.SkipOcr);
    }

    public ExtractionRequest ToRequest() =>
        new(Path) { Password = Password, ForceOcr = ForceOcr, AttachmentsDirectory = AttachmentsDirectory, SkipOcr = SkipOcr };

    /// <inheritdoc/>
    public override string ToString() => ToRequest().ToString();
}

/// <summary>
/// A worker's reply: one JSON line on its standard output. A line with only <see cref="ProgressAllowanceMs"/> set
/// is not the reply but a sign of progress (an OCR'd page): the next step may take that long. A first pass's answer
/// that the file needs OCR (<see cref="ExtractionResult.NeedsOcr"/>) carries its <see cref="PagesForOcr"/>.
/// </summary>
public sealed record ExtractReply(
    string Format,
    string ExtractorVersion,
    string? FailureCode = null,
    string? FailureMessage = null,
    IReadOnlyList<PageText>? Pages = null,
    FileProperties? Properties = null,
    IReadOnlyList<string>? HeadersAndFooters = null,
    IReadOnlyList<DocumentBlock>? Blocks = null,
    IReadOnlyList<PageImage>? PageImages = null,
    IReadOnlyList<ExtractedAttachment>? Attachments = null,
    long? ProgressAllowanceMs = null,
    int? PagesForOcr = null)
{
    public static ExtractReply Progress(TimeSpan allowance) =>
        new(string.Empty, string.Empty, ProgressAllowanceMs: (long)allowance.TotalMilliseconds);

    public static ExtractReply From(ExtractionOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var result = outcome.Result;
        return result.Succeeded
            ? new ExtractReply(outcome.Format.Name, outcome.ExtractorVersion, Pages: result.Document.Pages, Properties: result.Document.Properties, HeadersAndFooters: result.Document.HeadersAndFooters, Blocks: result.Document.Blocks, PageImages: result.Document.PageImages, Attachments: result.Document.Attachments)
            : new ExtractReply(outcome.Format.Name, outcome.ExtractorVersion, result.Failure.Code, result.Failure.Message, PagesForOcr: result.PagesForOcr > 0 ? result.PagesForOcr : null);
    }

    public ExtractionOutcome ToOutcome()
    {
        var format = FileFormat.FromName(Format);
        var result = PagesForOcr is > 0 ? ExtractionResult.NeedsOcr(PagesForOcr.Value)
            : FailureCode is not null
            ? ExtractionResult.Fail(new QuarantineReason(FailureCode, FailureMessage ?? string.Empty))
            : ExtractionResult.Success(new ExtractedDocument(Pages ?? [], Blocks ?? [], Properties ?? FileProperties.None, HeadersAndFooters ?? []) { PageImages = PageImages ?? [], Attachments = Attachments ?? [] });
        return new ExtractionOutcome(format, result, ExtractorVersion);
    }
}

/// <summary>Source-generated JSON for the worker protocol.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = false)]
[JsonSerializable(typeof(ExtractRequest))]
[JsonSerializable(typeof(ExtractReply))]
[JsonSerializable(typeof(OcrOptions))]
public sealed partial class WireJsonContext : JsonSerializerContext;
