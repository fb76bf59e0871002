using System.Diagnostics;
using System.Security.Cryptography;
using KnowledgeArchive.Core.Storage;

namespace KnowledgeArchive.Catalog.Fixity;

/// <summary>
/// Fixity check (The National Archives' guidance): every stored original re-read and re-hashed, and compared with the
/// SHA-256 recorded when it was ingested; missing files and mismatches are reported by document.
/// </summary>
public sealed class FixityChecker(IDecisionStore catalog, IOriginalStore originals)
{
    public const string Missing = "missing";
    public const string Mismatch = "mismatch";

    public async Task<FixityReport> CheckAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var problems = new List<FixityProblem>();
        long bytes = 0;
        var hashes = await catalog.DocumentHashesAsync(cancellationToken);
        foreach (var (documentId, expected) in hashes.OrderBy(h => h.Key, StringComparer.Ordinal))
        {
            if (!originals.Exists(expected))
            {
                problems.Add(new FixityProblem(documentId, Missing, expected, null));
                continue;
            }

            await using var stream = originals.OpenRead(expected);
            var actual = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
            bytes += stream.Length;
            if (actual != expected)
            {
                problems.Add(new FixityProblem(documentId, Mismatch, expected, actual));
            }
        }

        return new FixityReport(hashes.Count, bytes, problems, watch.Elapsed);
    }
}
