using System.Globalization;
using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Enrichment.Organisations;
using KnowledgeArchive.Language.Words;
using KnowledgeArchive.Lineage.Questions;

namespace KnowledgeArchive.Lineage.Tests;

public sealed class QuestionTests
{
    private const string Kestwick = "NHS Kestwick and Orley CCG";
    private const string Coast = "NHS Ravensmoor Coast CCG";
    private const string Icb = "NHS Ravensmoor Integrated Care Board";
    private const string JointCommittee = "Ravensmoor CCGs Joint Committee";

    private static readonly Gazetteer Gazetteer = new(
        [
            new Organisation { Id = "KEO", Name = Kestwick, Kind = OrganisationKinds.Ccg, Parent = "RAV" },
            new Organisation { Id = "RMC", Name = Coast, Kind = OrganisationKinds.Ccg, Parent = "RAV" },
            new Organisation { Id = "RAV", Name = Icb, Kind = OrganisationKinds.Icb },
            new Organisation { Id = "RAVJC", Name = JointCommittee, Kind = OrganisationKinds.JointCommittee, Parent = "RAV" },
        ]);

    private static readonly IReadOnlyList<BodyName> Bodies = [new("Governing Body", ["GB"]), new("Quality and Performance Committee", ["QPC"]), new("Board", [])];

    private static readonly Synonyms Synonyms = new([["GF", "gluten-free"], ["IVF", "assisted conception"]]);

    private static readonly QuestionCues Cues = new(KnowledgeArchive.Language.Wording.LoadDefault());

    [Theory]
    [InlineData("which Kestwick and Orley policies transferred to the ICB", Kestwick, LineageIntent.Transfer)]
    [InlineData("which decision ratified the QPC decision on Gluten-Free Foods Prescribing Policy v2.0", null, LineageIntent.Ratification)]
    [InlineData("harmonised gluten free prescribing joint committee Ravensmoor", Icb, LineageIntent.Harmonisation)]
    [InlineData("what replaced the 2015 gluten-free policy in Ravensmoor Coast", Coast, LineageIntent.History)]
    [InlineData("what happened to Kestwick and Orley's gluten-free policy once it was postponed", Kestwick, LineageIntent.Deferral)]
    [InlineData("did the ICB inherit any Ravensmoor Coast decisions", Coast, LineageIntent.Transfer)]
    [InlineData("who ratified the wheelchair policy", null, LineageIntent.Ratification)]
    public void Parse_ReadsOrganisationByPlace_AndWhatIsAsked(string text, string? organisation, LineageIntent intent)
    {
        var question = LineageQuestion.Parse(text, Gazetteer, Synonyms, Bodies, Cues);

        Assert.Equal(organisation, question.Organisation?.Name);
        Assert.Equal(intent, question.Intent);
    }

    [Fact]
    public void Parse_TakesBodyByAbbreviation_YearVersionAndSynonyms_OutOfTheSubjectWords()
    {
        var question = LineageQuestion.Parse("where was the IVF policy of 2016 v2.0 first approved by the QPC", Gazetteer, Synonyms, Bodies, Cues);

        Assert.Equal(("Quality and Performance Committee", 2016, "2.0", true), (question.Body, question.Year!.Value, question.Version, question.First));
        Assert.Contains("assisted", question.Words);
        Assert.Contains("conception", question.Words);
        Assert.DoesNotContain("qpc", question.Words);
    }

    [Fact]
    public async Task History_FollowsTheOrganisationsOwnLinks_AndTakesInTheAdoptedPolicyWithoutItsOtherAdopters()
    {
        var first = Decision("q1", Kestwick, "2015-04-16", "Quality and Performance Committee", "Gluten-Free Foods Prescribing Policy v1.0");
        var ratified = Decision("g1", Kestwick, "2015-05-11", "Governing Body", "Ratification of Gluten-Free Foods Prescribing Policy", DecisionOutcomes.Ratified);
        var joint = Decision("j1", null, "2021-09-17", JointCommittee, "Gluten-Free Prescribing Policy");
        var adoption = Decision("g2", Kestwick, "2021-11-08", "Governing Body", "Adoption of the Gluten-Free Prescribing Policy", DecisionOutcomes.Adopted);
        var otherAdopter = Decision("c1", Coast, "2021-10-21", "Governing Body", "Adoption of the Gluten-Free Prescribing Policy", DecisionOutcomes.Adopted);
        var board = Decision("b1", null, "2022-07-01", "Board", "Adoption of predecessor CCG policies", DecisionOutcomes.Adopted);
        var deferral = Decision("d1", Kestwick, "2021-09-13", "Governing Body", "Gluten-Free Prescribing Policy", DecisionOutcomes.Deferred);
        var edges = new[]
        {
            Edge("g1", "q1", LineageEdgeTypes.Ratifies),
            Edge("g2", "q1", LineageEdgeTypes.Supersedes),
            Edge("g2", "j1", LineageEdgeTypes.Adopts),
            Edge("c1", "j1", LineageEdgeTypes.Adopts),
            Edge("b1", "g2", LineageEdgeTypes.Adopts),
            Edge("g2", LineageNodes.Organisation(Icb), LineageEdgeTypes.TransfersTo),
            Edge("d1", "g2", LineageEdgeTypes.DefersTo),
        };
        var all = new[] { first, ratified, joint, adoption, otherAdopter, board, deferral };

        var history = await TraceAsync("what replaced the 2015 gluten-free policy in Kestwick and Orley", all, edges);
        var harmonised = await TraceAsync("harmonised gluten free prescribing joint committee Ravensmoor", all, edges);
        var handedOver = await TraceAsync("which Kestwick and Orley policies transferred to the ICB", all, edges);
        var deferred = await TraceAsync("was the gluten-free prescribing policy agreed after it was deferred", all, edges);

        Assert.Equal(["q1", "g1", "j1", "g2"], history.Nodes.Select(n => n.DecisionId));
        Assert.Equal("q1", history.Anchor?.DecisionId);
        Assert.Equal(["j1", "c1", "g2"], harmonised.Nodes.Select(n => n.DecisionId));
        Assert.Equal(["g2", "b1"], handedOver.Nodes.Select(n => n.DecisionId));
        Assert.Contains(handedOver.Edges, e => e.Type == LineageEdgeTypes.TransfersTo);
        Assert.Equal(["d1", "g2"], deferred.Nodes.Select(n => n.DecisionId));
        Assert.Equal("d1", deferred.Anchor?.DecisionId);
    }

    [Fact]
    public void Parse_KeepsQuestionWordsAndCuesOutOfTheSubject()
    {
        var question = LineageQuestion.Parse("outcome of the deferred decision on the wheelchair policy", Gazetteer, Synonyms, Bodies, Cues);

        Assert.Equal(LineageIntent.Deferral, question.Intent);
        Assert.Equal(["wheelchair"], question.Words);
    }

    [Fact]
    public async Task Question_ThatFitsNothing_HasAnEmptyChain()
    {
        var chain = await TraceAsync("which decision ratified the QPC decision on wheelchairs", [Decision("q1", Kestwick, "2015-04-16", "Quality and Performance Committee", "Gluten-Free Foods Prescribing Policy")], []);

        Assert.Null(chain.Anchor);
        Assert.Empty(chain.Nodes);
    }

    private static Task<LineageChain> TraceAsync(string text, IReadOnlyList<Decision> nodes, IReadOnlyList<LineageEdge> edges)
    {
        var byId = nodes.ToDictionary(n => n.DecisionId, StringComparer.Ordinal);
        return ChainTracer.TraceAsync(
            LineageQuestion.Parse(text, Gazetteer, Synonyms, Bodies, Cues),
            nodes,
            id => ValueTask.FromResult<IReadOnlyList<LineageEdge>>([.. edges.Where(e => e.From == id || e.To == id)]),
            id => ValueTask.FromResult(byId.GetValueOrDefault(id)));
    }

    private static LineageEdge Edge(string from, string to, string type) => new()
    {
        From = from,
        To = to,
        Type = type,
        Method = "reference",
        EvidenceDocumentId = "doc",
        EvidenceText = "evidence",
        EvidenceSha256 = new string('a', 64),
    };

    private static Decision Decision(string id, string? ccg, string date, string body, string subject, string outcome = DecisionOutcomes.Approved) => new()
    {
        DecisionId = id,
        DocumentId = "doc-" + id,
        Date = DateOnly.Parse(date, CultureInfo.InvariantCulture),
        Body = body,
        Ccg = ccg,
        Icb = Icb,
        Outcome = outcome,
        Subject = subject,
        Text = $"The {body} {outcome} the {subject}.",
    };
}
