using System.Text.Json;
using System.Text.Json.Serialization;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Extraction;

namespace KnowledgeArchive.Extraction.Isolation;

/// <summary>A request to an extraction worker process: one JSON line on its standard input.</summary>
public sealed record ExtractRequest(string Path);

/// <summary>A worker's reply: one JSON line on its standard output.</summary>
public sealed record ExtractReply(
    string Format,
    string ExtractorVersion,
    string? FailureCode = null,
    string? FailureMessage = null,
    IReadOnlyList<PageText>? Pages = null,
    FileProperties? Properties = null,
    IReadOnlyList<string>? HeadersAndFooters = null,
    IReadOnlyList<DocumentBlock>? Blocks = null)
{
    public static ExtractReply From(ExtractionOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var result = outcome.Result;
        return result.Succeeded
            ? new ExtractReply(outcome.Format.Name, outcome.ExtractorVersion, Pages: result.Document.Pages, Properties: result.Document.Properties, HeadersAndFooters: result.Document.HeadersAndFooters, Blocks: result.Document.Blocks)
            : new ExtractReply(outcome.Format.Name, outcome.ExtractorVersion, result.Failure.Code, result.Failure.Message);
    }

    public ExtractionOutcome ToOutcome()
    {
        var format = FileFormat.FromName(Format);
        var result = FailureCode is not null
            ? ExtractionResult.Fail(new QuarantineReason(FailureCode, FailureMessage ?? string.Empty))
            : ExtractionResult.Success(new ExtractedDocument(Pages ?? [], Blocks ?? [], Properties ?? FileProperties.None, HeadersAndFooters ?? []));
        return new ExtractionOutcome(format, result, ExtractorVersion);
    }
}

/// <summary>Source-generated JSON for the worker protocol.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = false)]
[JsonSerializable(typeof(ExtractRequest))]
[JsonSerializable(typeof(ExtractReply))]
public sealed partial class WireJsonContext : JsonSerializerContext;
