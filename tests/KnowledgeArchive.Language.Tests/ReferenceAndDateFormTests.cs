using System.Globalization;
using KnowledgeArchive.Language.Dates;

namespace KnowledgeArchive.Language.Tests;

/// <summary>
/// Item references and dates as minutes print them (Data/reference-date-forms.tsv): each row a text, whether it
/// holds a reference or a date, and what should be read from it (empty where nothing should be).
/// </summary>
public sealed class ReferenceAndDateFormTests
{
    private static readonly Wording Wording = Wording.LoadDefault();

    public static TheoryData<string, string, string, string> References => TsvRows.Read("reference-date-forms.tsv", c => c[2] == "reference", 0, 1, 3, 4);

    public static TheoryData<string, string, string, string> Dates => TsvRows.Read("reference-date-forms.tsv", c => c[2] is "date" or "notdate", 0, 1, 3, 4);

    [Theory]
    [MemberData(nameof(References))]
    public void Reference_IsReadAsPrinted(string id, string text, string expected, string notes)
    {
        var found = Wording.References.FindAll(text).Select(r => r.Text).ToList();

        Assert.True(expected.Length == 0 ? found.Count == 0 : found.Contains(expected), $"{id} ({notes}): expected '{expected}', read {string.Join(" ; ", found)}");
    }

    [Theory]
    [MemberData(nameof(Dates))]
    public void Date_IsReadWithItsPrecision(string id, string text, string expected, string notes)
    {
        var found = Wording.Dates.FindAll(text);
        var read = found.Count == 0 ? string.Empty
            : found[0].Precision == DatePrecision.Month ? found[0].Date.ToString("yyyy-MM", CultureInfo.InvariantCulture)
            : found[0].Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        Assert.True(expected == read, $"{id} ({notes}): expected '{expected}', read '{read}' from '{text}'");
    }

    [Fact]
    public void TheTable_CoversManyForms()
    {
        Assert.True(References.Count >= 40, $"{References.Count} reference forms");
        Assert.True(Dates.Count >= 30, $"{Dates.Count} date forms");
    }
}
