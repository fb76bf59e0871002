using System.Globalization;

namespace KnowledgeArchive.Tools.Evaluation;

/// <summary>A hand count of decisions (file, page, outcome, certainty) and how what was found matches it.</summary>
internal static class HandCount
{
    public static IReadOnlyList<Row> Read(string path)
    {
        var rows = new List<Row>();
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).Skip(1))
        {
            var cells = line.Split('\t');
            if (cells.Length < 4 || !int.TryParse(cells[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var page))
            {
                throw new FormatException($"{path}: expected file, page, outcome, certainty in '{line}'");
            }

            rows.Add(new Row(cells[0], page, cells[2], cells[3] == "strict"));
        }

        return rows;
    }

    /// <summary>
    /// Matches found decisions to counted ones with the same page and outcome, strict ones first; a found decision that
    /// matches only a borderline one counts neither for nor against precision.
    /// </summary>
    public static Tally Match(IReadOnlyList<Row> expected, IReadOnlyList<(int Page, string Outcome)> found)
    {
        var open = expected.OrderByDescending(r => r.Strict).ToList();
        int matched = 0, matchedStrict = 0, borderline = 0;
        foreach (var (page, outcome) in found)
        {
            var row = open.FirstOrDefault(r => r.Page == page && r.Outcome == outcome);
            if (row is null)
            {
                continue;
            }

            open.Remove(row);
            matched++;
            matchedStrict += row.Strict ? 1 : 0;
            borderline += row.Strict ? 0 : 1;
        }

        return new Tally
        {
            Found = found.Count,
            Strict = expected.Count(r => r.Strict),
            All = expected.Count,
            Matched = matched,
            MatchedStrict = matchedStrict,
            MatchedBorderline = borderline,
        };
    }

    public sealed record Row(string File, int Page, string Outcome, bool Strict);

    public sealed class Tally
    {
        public int Found { get; set; }

        public int Strict { get; set; }

        public int All { get; set; }

        public int Matched { get; set; }

        public int MatchedStrict { get; set; }

        public int MatchedBorderline { get; set; }

        public double Precision => Found - MatchedBorderline == 0 ? 0 : (double)MatchedStrict / (Found - MatchedBorderline);

        public double StrictRecall => Strict == 0 ? 0 : (double)MatchedStrict / Strict;

        public double AllRecall => All == 0 ? 0 : (double)Matched / All;

        public void Add(Tally other)
        {
            Found += other.Found;
            Strict += other.Strict;
            All += other.All;
            Matched += other.Matched;
            MatchedStrict += other.MatchedStrict;
            MatchedBorderline += other.MatchedBorderline;
        }
    }
}
