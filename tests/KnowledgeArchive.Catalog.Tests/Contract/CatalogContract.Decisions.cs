namespace KnowledgeArchive.Catalog.Tests.Contract;

public abstract partial class CatalogContract
{
    [Fact]
    public async Task Decisions_Search_MatchesWordsAndNamesIgnoringCase_WithTotalsAndFacets()
    {
        var minutes = Record("gb-2019-05");
        var part2 = Record("gb-2019-05-part2", sensitivity: "restricted");
        await Documents.SaveAsync(minutes, Pages(), Enrichment(minutes, Decision(minutes, "dec-1", "IVF policy"), Decision(minutes, "dec-2", "gluten-free prescribing", DecisionOutcomes.Deferred)), None);
        await Documents.SaveAsync(part2, Pages(), Enrichment(part2, Decision(part2, "dec-3", "IVF contract")), None);

        var ivf = await Decisions.SearchAsync(new DecisionQuery { Text = "ivf", Ccg = Ccg.ToUpperInvariant(), Scope = RecordScope.All }, None);
        var publicOnly = await Decisions.SearchAsync(new DecisionQuery { Text = "IVF" }, None);
        var all = await Decisions.SearchAsync(new DecisionQuery { Scope = RecordScope.All, From = new DateOnly(2019, 1, 1), Reference = "gb19/023" }, None);

        Assert.Equal(2, ivf.Total);
        Assert.Equal(["dec-1"], publicOnly.Items.Select(d => d.DecisionId));
        Assert.Equal(3, all.Total);
        Assert.Equal([("approved", 2), ("deferred", 1)], all.Facets["outcome"].Select(f => (f.Value, f.Count)));
        Assert.Equal(("2019", 3), all.Facets["year"].Select(f => (f.Value, f.Count)).Single());
        Assert.Equal("restricted", (await Decisions.FindAsync("dec-3", RecordScope.All, None))!.Sensitivity);
        Assert.Null(await Decisions.FindAsync("dec-3", RecordScope.PublicOnly, None));
        Assert.Equal(3, (await Decisions.AllDecisionsAsync(RecordScope.All, None)).Count);
        Assert.Equal(2, (await Decisions.AllCitationsAsync(None)).Count);
        Assert.Equal(minutes.Sha256, (await Decisions.DocumentHashesAsync(None))[minutes.DocumentId]);
        Assert.Equal(2, (await Decisions.AllPoliciesAsync(RecordScope.All, None)).Count);
    }

    [Fact]
    public async Task Lineage_EdgesUnresolvedAndCitedDecisions_AreReplacedWalkedAndFound()
    {
        var v1 = Record("policy-v1", date: new DateOnly(2016, 3, 1));
        var v2 = Record("policy-v2", date: new DateOnly(2018, 6, 1));
        await Documents.SaveAsync(v1, Pages(), Enrichment(v1, Decision(v1, "dec-v1", "IVF policy v1")), None);
        await Documents.SaveAsync(v2, Pages(), Enrichment(v2, Decision(v2, "dec-v2", "IVF policy v2")), None);
        var edge = new LineageEdge { From = "dec-v2", To = "dec-v1", Type = LineageEdgeTypes.Supersedes, Method = "reference", Rule = "reference", Confidence = 0.8, EvidenceDocumentId = v2.DocumentId, EvidencePage = 2, EvidenceText = "supersedes GB16/045", EvidenceSha256 = v2.Sha256 };
        var cited = new Core.Decisions.Decision { DecisionId = "cited-gb15", DocumentId = v2.DocumentId, Outcome = DecisionOutcomes.Approved, Text = "GB15/001 IVF", Subject = "IVF", Ccg = Ccg, Date = new DateOnly(2015, 6, 1), MonthOnly = true };
        var citation = (await Decisions.CitationsAsync(v2.DocumentId, None))[0];
        var unresolved = new UnresolvedCitation(citation, ["dec-v1", "dec-v2"]);

        await Lineage.ReplaceAsync([edge, edge], [unresolved], [cited], None);
        await Lineage.ReplaceAsync([edge], [unresolved], [cited], None);

        var graph = await Lineage.WalkAsync("dec-v1", 3, RecordScope.All, None);
        Assert.Equal(["dec-v1", "dec-v2"], graph!.Nodes.Select(n => n.DecisionId));
        Assert.Equal(edge, Assert.Single(graph.Edges));
        Assert.Equal(edge, Assert.Single(await Lineage.EdgesOfAsync("dec-v2", RecordScope.All, None)));
        var known = (await Lineage.NodeAsync("cited-gb15", RecordScope.All, None))!;
        Assert.Equal((false, true, new DateOnly(2015, 6, 1)), (known.InArchive, known.MonthOnly, known.Date!.Value));
        Assert.False((await Lineage.NodeAsync("dec-v1", RecordScope.All, None))!.MonthOnly);
        Assert.Equal(["dec-v1", "dec-v2"], Assert.Single(await Lineage.UnresolvedAsync(RecordScope.All, None)).Candidates);
        var candidates = await Lineage.CandidatesAsync(Ccg.ToLowerInvariant(), null, ["ivf"], 10, RecordScope.All, None);
        Assert.Equal(["cited-gb15", "dec-v1", "dec-v2"], candidates.Select(c => c.DecisionId).Order(StringComparer.Ordinal));
        Assert.Null(await Lineage.WalkAsync("dec-none", 3, RecordScope.All, None));
    }
}
