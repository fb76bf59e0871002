using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Core.Security;

namespace KnowledgeArchive.Indexing.Tests;

/// <summary>"More like this": documents about the same things as a given one.</summary>
public sealed class MoreLikeThisTests : IDisposable
{
    private static readonly string[] Topics =
    [
        "gluten-free prescribing of bread and flour mixes",
        "assisted conception and IVF cycles for couples",
        "continuing healthcare fast track assessments",
        "community ophthalmology cataract referrals",
        "diabetic eye screening uptake in practices",
        "falls prevention exercise classes for older people",
        "mental health crisis cafe opening hours",
        "podiatry triage and nail surgery clinics",
    ];

    private readonly IndexFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task ADocument_FindsTheOthersAboutTheSameThings_NotItself_NorUnrelatedOnes()
    {
        await _fixture.AddAsync("doc-wheelchair-policy", "Wheelchair Provision Policy",
            "Powered wheelchair provision: eligibility for a powered wheelchair and wheelchair cushions.",
            "Wheelchair service assessment; wheelchair repairs and powered wheelchair maintenance.");
        await _fixture.AddAsync("doc-wheelchair-minutes", "Governing Body minutes",
            "Apologies and declarations of interest were received.",
            "The wheelchair service contract was discussed; powered wheelchair waiting times and wheelchair repairs.");
        foreach (var (topic, i) in Topics.Select((t, i) => (t, i)))
        {
            await _fixture.AddAsync($"doc-other-{i}", $"Minutes {i}", $"The committee discussed {topic}.", $"Members noted {topic} again.");
        }

        var pages = new[]
        {
            new PageText(1, "Powered wheelchair provision: eligibility for a powered wheelchair and wheelchair cushions."),
            new PageText(2, "Wheelchair service assessment; wheelchair repairs and powered wheelchair maintenance."),
        };
        var similar = _fixture.Index.MoreLikeThis("doc-wheelchair-policy", pages, 5, RecordScope.All);

        Assert.Equal("doc-wheelchair-minutes", Assert.Single(similar).DocumentId);
    }

    [Fact]
    public async Task ARestrictedDocument_IsNeverSimilar_ForAScopeThatMayNotSeeIt()
    {
        var pages = new[] { new PageText(1, "Hydrotherapy pool sessions; hydrotherapy referral criteria and hydrotherapy waits.") };
        await _fixture.AddAsync("doc-policy", "Hydrotherapy Policy", pages[0].Text);
        await _fixture.AddAsync("doc-part2", "Part 2 minutes", new DocumentMetadata { Sensitivity = Sensitivities.Restricted }, "The hydrotherapy pool contract: hydrotherapy sessions and hydrotherapy referral waits.");
        foreach (var (topic, i) in Topics.Select((t, i) => (t, i)))
        {
            await _fixture.AddAsync($"doc-other-{i}", $"Minutes {i}", $"The committee discussed {topic}.");
        }

        Assert.Empty(_fixture.Index.MoreLikeThis("doc-policy", pages, 5, RecordScope.PublicOnly));
        Assert.Equal("doc-part2", Assert.Single(_fixture.Index.MoreLikeThis("doc-policy", pages, 5, RecordScope.All)).DocumentId);
    }

    [Fact]
    public void ADocumentWithNoText_HasNothingLikeIt()
    {
        Assert.Empty(_fixture.Index.MoreLikeThis("doc-empty", [new PageText(1, "   ")], 5, RecordScope.All));
    }
}
