using System.Globalization;
using KnowledgeArchive.Core.Decisions;

namespace KnowledgeArchive.Tools.Evaluation;

/// <summary>
/// Which outcome was read for each decision of the ground truth, by sentence alone: a confusion matrix (expected
/// rows, read columns, "none" for a decision missed or one read where there is none) and per-outcome precision and
/// recall from it.
/// </summary>
internal sealed class OutcomeConfusion
{
    private const string None = "none";
    private static readonly string[] Labels = [.. DecisionOutcomes.All, None];
    private readonly Dictionary<(string Expected, string Read), int> cells = [];

    /// <summary>Pairs each expected decision with the unused found decision whose sentence overlaps it most.</summary>
    public void Add(IReadOnlyList<(string Outcome, string Text)> expected, IReadOnlyList<Decision> found, double sentenceMatch)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(found);
        var used = new HashSet<Decision>();
        foreach (var (outcome, text) in expected)
        {
            var match = found
                .Where(d => !used.Contains(d))
                .Select(d => (Decision: d, Overlap: SentenceOverlap.Of(d.Text, text) + (d.Outcome == outcome ? 0.01 : 0)))
                .Where(c => c.Overlap >= sentenceMatch)
                .OrderByDescending(c => c.Overlap)
                .Select(c => c.Decision)
                .FirstOrDefault();
            if (match is not null)
            {
                used.Add(match);
            }

            Count(outcome, match?.Outcome ?? None);
        }

        foreach (var extra in found.Where(d => !used.Contains(d)))
        {
            Count(None, extra.Outcome);
        }
    }

    public void Print()
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine();
        Console.WriteLine("outcomes (rows expected, columns read; matched by sentence):");
        Console.WriteLine(string.Create(inv, $"{"",-10}{string.Concat(Labels.Select(l => $"{l,10}"))}{"precision",11}{"recall",8}"));
        foreach (var expected in Labels)
        {
            var row = string.Concat(Labels.Select(read => string.Create(inv, $"{cells.GetValueOrDefault((expected, read)),10}")));
            var right = cells.GetValueOrDefault((expected, expected));
            var readAs = Labels.Sum(e => cells.GetValueOrDefault((e, expected)));
            var truly = Labels.Sum(r => cells.GetValueOrDefault((expected, r)));
            var scores = expected == None ? string.Empty : string.Create(inv, $"{Ratio(right, readAs),11:0.000}{Ratio(right, truly),8:0.000}");
            Console.WriteLine($"{expected,-10}{row}{scores}");
        }
    }

    private void Count(string expected, string read) => cells[(expected, read)] = cells.GetValueOrDefault((expected, read)) + 1;

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
