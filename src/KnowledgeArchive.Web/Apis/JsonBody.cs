using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace KnowledgeArchive.Web.Apis;

/// <summary>
/// Reads an optional JSON request body, so that a malformed one is a 400 saying what is wrong rather than a failure
/// of the framework's binding. No body at all reads as null.
/// </summary>
internal static class JsonBody
{
    public static async Task<(T? Value, string? Error)> ReadAsync<T>(HttpRequest request, JsonTypeInfo<T> type, string example, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength == 0 || (request.ContentLength is null && string.IsNullOrEmpty(request.ContentType)))
        {
            return (null, null);
        }

        if (!request.HasJsonContentType())
        {
            return (null, $"Send the body as JSON (Content-Type: application/json), e.g. {example}.");
        }

        try
        {
            return (await JsonSerializer.DeserializeAsync(request.Body, type, cancellationToken), null);
        }
        catch (JsonException)
        {
            return (null, $"The body is not valid JSON of the expected shape, e.g. {example}.");
        }
    }
}
