namespace KnowledgeArchive.Ingestion.Tests;

/// <summary>
/// When the documents waiting for a commit make a group: a lone document at once; in a bulk load, once half of those
/// in work wait, so the other half go on being read while the group commits.
/// </summary>
public sealed class GroupCommitRuleTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 3)]
    [InlineData(32, 64)]
    [InlineData(40, 64)]
    public void AGroup_CommitsOnceHalfOfThoseInWorkWait(int waiting, int inWork) =>
        Assert.True(GroupCommit.Ready(waiting, inWork));

    [Theory]
    [InlineData(1, 3)]
    [InlineData(16, 64)]
    [InlineData(31, 64)]
    public void AGroup_WaitsWhileMostOfThoseInWorkAreStillBeingRead(int waiting, int inWork) =>
        Assert.False(GroupCommit.Ready(waiting, inWork));

    [Fact]
    public void AFullGroup_CommitsHoweverManyAreStillBeingRead() =>
        Assert.True(GroupCommit.Ready(256, 10_000));
}
