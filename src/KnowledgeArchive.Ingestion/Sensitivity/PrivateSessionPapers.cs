using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Enrichment.Metadata;

namespace KnowledgeArchive.Ingestion.Sensitivity;

/// <summary>
/// Finds the papers <see cref="PrivateSessionRule"/> restricts, for each commit group, against the group and the
/// catalog: a paper is restricted in the commit that shows it, or in the one that shows the private minutes when
/// they come later.
/// </summary>
public sealed class PrivateSessionPapers(IDocumentCatalog catalog, PrivateSessionRule rule)
{
    /// <summary>Public papers, in the group or already in the catalog, that the private minutes of their meeting record.</summary>
    public async Task<IReadOnlyList<Restriction>> FindAsync(IReadOnlyList<CatalogEntry> group, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        var indexed = group.Where(e => e.Record.Status == DocumentStatus.Indexed).ToList();
        var joining = indexed
            .Where(e => PrivateSessionRule.IsPaper(e.Record.Metadata) || IsPrivateMinutes(e.Record))
            .Select(e => e.Record.DocumentId)
            .ToHashSet(StringComparer.Ordinal);
        var restrictions = new List<Restriction>();
        foreach (var meeting in indexed.Where(e => joining.Contains(e.Record.DocumentId)).Select(e => Meeting.Of(e.Record.Metadata)).OfType<Meeting>().Distinct())
        {
            var members = new Dictionary<string, (DocumentRecord Record, IReadOnlyList<PageText>? Pages)>(StringComparer.Ordinal);
            foreach (var record in await catalog.ListMeetingAsync(meeting, cancellationToken))
            {
                members[record.DocumentId] = (record, null);
            }

            foreach (var entry in indexed.Where(e => Meeting.Of(e.Record.Metadata) == meeting))
            {
                members[entry.Record.DocumentId] = (entry.Record, entry.Pages);
            }

            var minutes = members.Values.Where(m => m.Record.Metadata.DocumentType == DocumentTypes.Minutes).ToList();
            if (!minutes.Any(m => IsPrivateMinutes(m.Record)))
            {
                continue;
            }

            // Private minutes arriving reach the meeting's papers already indexed; a paper arriving, the minutes.
            var privateJoining = minutes.Any(m => IsPrivateMinutes(m.Record) && joining.Contains(m.Record.DocumentId));
            var papers = members.Values
                .Where(m => PrivateSessionRule.IsPaper(m.Record.Metadata) && m.Record.Metadata.Sensitivity != Sensitivities.Restricted)
                .Where(m => privateJoining || joining.Contains(m.Record.DocumentId))
                .ToList();
            if (papers.Count == 0)
            {
                continue;
            }

            var minutesOfMeeting = new List<MinutesOfMeeting>();
            foreach (var (record, pages) in minutes)
            {
                minutesOfMeeting.Add(new MinutesOfMeeting(record.DocumentId, record.Title, record.Sha256, IsPrivateMinutes(record), pages ?? await catalog.GetPagesAsync(record.DocumentId, cancellationToken)));
            }

            foreach (var (record, pages) in papers)
            {
                var firstPage = pages is { Count: > 0 } ? pages[0].Text : (await catalog.GetPageAsync(record.DocumentId, 1, cancellationToken))?.Text;
                if (firstPage is not null && rule.Basis(firstPage, minutesOfMeeting) is { } basis)
                {
                    restrictions.Add(new Restriction(record.DocumentId, basis));
                }
            }
        }

        return restrictions;
    }

    private static bool IsPrivateMinutes(DocumentRecord record) =>
        record.Metadata.DocumentType == DocumentTypes.Minutes && record.Metadata.Session == Sessions.Private;
}
