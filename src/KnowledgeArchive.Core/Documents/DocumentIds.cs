using System.Globalization;

namespace KnowledgeArchive.Core.Documents;

/// <summary>Document identifiers derive from content, so the same bytes get the same id across restarts and re-ingests.</summary>
public static class DocumentIds
{
    private const int HashCharacters = 20;

    /// <summary>The id of the document whose original has this SHA-256 (lower-case hex).</summary>
    public static string FromSha256(string sha256)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sha256);
        if (sha256.Length < HashCharacters)
        {
            throw new ArgumentException("expected a SHA-256 in hex", nameof(sha256));
        }

        return "doc-" + sha256[..HashCharacters].ToLower(CultureInfo.InvariantCulture);
    }
}
