using KnowledgeArchive.Core.Documents;
using KnowledgeArchive.Ingestion.Sensitivity;
using KnowledgeArchive.Language;

namespace KnowledgeArchive.Ingestion.Tests.Sensitivity;

/// <summary>Names that say a file is private restrict it on arrival: whole words of the name or of its path in the source, any case and separators.</summary>
public sealed class RestrictedNamesTests
{
    private static readonly RestrictedNames Names = new(Wording.LoadDefault());

    [Theory]
    [InlineData("GB Minutes PART 2 12.03.19.pdf", null)]
    [InlineData("gb_minutes_part_ii_2019.docx", null)]
    [InlineData("QPC minutes 14.05.19 CONFIDENTIAL.pdf", null)]
    [InlineData("Minutes of the meeting in committee.pdf", null)]
    [InlineData("minutes.pdf", "2019/Governing Body/Private/minutes.pdf")]
    [InlineData("minutes.pdf", "board papers/not-for-publication/minutes.pdf")]
    public void NameOrPathSayingPrivate_RestrictsTheFile_AndSaysWhy(string fileName, string? path)
    {
        var metadata = Names.Apply(new DocumentMetadata { Sensitivity = Sensitivities.Public }, fileName, path);

        Assert.Equal(Sensitivities.Restricted, metadata.Sensitivity);
        Assert.StartsWith("its name says", metadata.SensitivityBasis, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GB Minutes Part 1 12.03.19.pdf", "2019/Governing Body/Public/GB Minutes Part 1 12.03.19.pdf")]
    [InlineData("Privateer contract notes.pdf", null)]
    [InlineData("Part20 estates plan.pdf", null)]
    [InlineData("Committee report.pdf", "committees/audit/Committee report.pdf")]
    public void OtherNames_LeaveTheFileAsItCame(string fileName, string? path)
    {
        var metadata = Names.Apply(new DocumentMetadata { Sensitivity = Sensitivities.Public }, fileName, path);

        Assert.Equal(Sensitivities.Public, metadata.Sensitivity);
        Assert.Null(metadata.SensitivityBasis);
    }
}
