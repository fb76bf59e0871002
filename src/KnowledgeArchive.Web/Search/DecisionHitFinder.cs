using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Core.Storage;

namespace KnowledgeArchive.Web.Search;

/// <summary>
/// Decisions as search results: the decisions of a page of matching documents whose subject or sentence has the
/// search's words (as the index matches them: stems, synonyms, prefixes), in the documents' rank order, the decisions
/// with more matches first within a document; when the search is narrowed to an outcome, only decisions with it. Only
/// documents the search already returned are looked at, so a decision is never shown from a document the caller cannot
/// see.
/// </summary>
public sealed class DecisionHitFinder(IDecisionStore decisions, ISearchIndex index)
{
    public async Task<IReadOnlyList<DecisionHit>> FindAsync(SearchQuery query, SearchResults results, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(results);
        if (string.IsNullOrWhiteSpace(query.Text) || results.Hits.Count == 0 || limit <= 0)
        {
            return [];
        }

        var candidates = new List<(int Rank, Decision Decision)>();
        foreach (var (hit, rank) in results.Hits.Select((h, i) => (h, i)))
        {
            candidates.AddRange((await decisions.ForDocumentAsync(hit.DocumentId, cancellationToken))
                .Where(d => query.Outcome is null || string.Equals(d.Outcome, query.Outcome.Trim(), StringComparison.OrdinalIgnoreCase))
                .Select(d => (rank, d)));
        }

        if (candidates.Count == 0)
        {
            return [];
        }

        // Subject and sentence of candidate i are "pages" 2i+1 and 2i+2 of one marking pass.
        var texts = candidates.SelectMany((c, i) => new[] { new PageText((2 * i) + 1, c.Decision.Subject ?? string.Empty), new PageText((2 * i) + 2, c.Decision.Text) }).ToList();
        var marked = index.MarkHits(query.Text, texts);
        return candidates
            .Select((c, i) => (c.Rank, c.Decision, Hits: marked[2 * i].Hits + marked[(2 * i) + 1].Hits, Text: marked[(2 * i) + 1].Html))
            .Where(c => c.Hits > 0)
            .OrderBy(c => c.Rank)
            .ThenByDescending(c => c.Hits)
            .Take(limit)
            .Select(c => new DecisionHit(c.Decision, c.Text))
            .ToList();
    }
}
