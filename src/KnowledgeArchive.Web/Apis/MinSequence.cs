using System.Globalization;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Core.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeArchive.Web.Apis;

/// <summary>
/// A search's <c>minSequence</c>: the catalog sequence its answer must reflect at least. A node behind it waits a
/// little (<see cref="ArchiveOptions.MinSequenceWait"/>) for its index to catch up, then answers 503 with Retry-After.
/// </summary>
internal static class MinSequence
{
    private const int RetryAfterSeconds = 2;

    public static bool TryParse(string? text, out long? sequence)
    {
        sequence = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            sequence = value;
            return true;
        }

        return false;
    }

    public static string Invalid(string? text) => $"'minSequence' must be a catalog sequence (a whole number, 0 or more), not '{text}'.";

    /// <summary>The sequence searches reflect once at least <paramref name="wanted"/>; a 503 problem when not reached in time.</summary>
    public static async Task<(long Sequence, ProblemHttpResult? Problem)> ReachAsync(
        HttpContext http, ISearchSequence searchSequence, TimeSpan wait, long? wanted, CancellationToken cancellationToken)
    {
        var current = await searchSequence.CurrentAsync(cancellationToken);
        if (wanted is not { } minimum || current >= minimum)
        {
            return (current, null);
        }

        current = await searchSequence.WaitForAsync(minimum, wait, cancellationToken);
        if (current >= minimum)
        {
            return (current, null);
        }

        http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        CatalogSequenceHeader.Set(http.Response, current);
        return (current, TypedResults.Problem(
            $"This node's index reflects the catalog up to sequence {current}, and the search asked for at least {minimum}. It is catching up: " +
            $"try again in {RetryAfterSeconds} seconds, or ask another node.",
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "Index not yet at the sequence asked for"));
    }
}
