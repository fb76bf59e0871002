using System.Text.Json;
using KnowledgeArchive.Core.Search;
using KnowledgeArchive.Enrichment.Organisations;
using KnowledgeArchive.Tools.Evaluation.Ranking;

namespace KnowledgeArchive.Tools.Tests.Evaluation;

public sealed class SampleFiltersTests
{
    private static readonly Gazetteer Gazetteer = new(
    [
        new Organisation { Id = "HVL", Name = "NHS Hollin Vale CCG", Kind = OrganisationKinds.Ccg },
    ]);

    [Fact]
    public void Filters_BecomeTheProductsFilters_AndTheRestAreReported()
    {
        using var json = JsonDocument.Parse("""{"doc_type": "minutes", "ccg": "HVL", "body": "Governing Body", "month": "2015-09", "session": "private"}""");

        var (query, notApplied) = SampleFilters.Apply(new SearchQuery { Text = "minutes" }, json.RootElement, Gazetteer);

        Assert.Equal("minutes", query.DocumentType);
        Assert.Equal("NHS Hollin Vale CCG", query.Ccg);
        Assert.Equal("Governing Body", query.Body);
        Assert.Equal(new DateOnly(2015, 9, 1), query.From);
        Assert.Equal(new DateOnly(2015, 9, 30), query.To);
        Assert.Equal(["session=private"], notApplied);
    }

    [Fact]
    public void Years_CoverTheWholeYear()
    {
        using var json = JsonDocument.Parse("""{"approval_year": 2016}""");

        var (query, _) = SampleFilters.Apply(new SearchQuery(), json.RootElement, Gazetteer);

        Assert.Equal(new DateOnly(2016, 1, 1), query.From);
        Assert.Equal(new DateOnly(2016, 12, 31), query.To);
    }
}
