using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Enrichment.Citations;
using KnowledgeArchive.Language;

namespace KnowledgeArchive.Enrichment.Tests;

/// <summary>How a decision acts on each reference its sentence cites: by the act stated in that reference's own clause.</summary>
public sealed class RelationReaderTests
{
    private static readonly RelationReader Relations = new(Wording.LoadDefault());

    [Theory]
    [InlineData("The Panel agreed the changes to the Wheelchair Policy, issued as version 1.2, amending the policy recorded at minute 12/19.", "12/19", null, "amends")]
    [InlineData("The Board adopted the policy (JC 21/40), which replaces the policy approved at minute GB 18/007.", "JC 21/40", null, "adopts")]
    [InlineData("The Board adopted the policy (JC 21/40), which replaces the policy approved at minute GB 18/007.", "GB 18/007", "JC 21/40", "supersedes")]
    [InlineData("The Board approved version 3.0, replacing the policy approved at minute 89/2015, following its deferral at the meeting on 14 December 2017 (GB 17/059).", "GB 17/059", "89/2015", "defers_to")]
    [InlineData("The Board approved version 3.0, replacing the policy approved at minute 89/2015, as discussed at the meeting on 14 December 2017 (GB 17/059).", "GB 17/059", "89/2015", "references")]
    [InlineData("The Committee ratified decisions PCC 19/11 and PCC 19/12.", "PCC 19/12", "PCC 19/11", "ratifies")]
    public void EachReference_TakesTheActOfItsOwnClause(string sentence, string reference, string? previous, string expected)
    {
        var index = sentence.IndexOf(reference, StringComparison.Ordinal);
        var clauseStart = previous is null ? 0 : sentence.IndexOf(previous, StringComparison.Ordinal) + previous.Length;

        Assert.Equal(expected, Relations.Before(sentence, index, clauseStart));
    }

    [Fact]
    public void ConnectingPhrase_DoesNotHideTheActBeforeIt() =>
        Assert.NotEqual(LineageEdgeTypes.References, Relations.Before("agreed the amendments, amending the policy recorded at minute 7/21", 61));
}
