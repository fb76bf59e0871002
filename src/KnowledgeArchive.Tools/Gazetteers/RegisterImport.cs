using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeArchive.Enrichment.Organisations;

namespace KnowledgeArchive.Tools.Gazetteers;

/// <summary>
/// Turns the public register's tables (CCGs 2013-2022 with their mergers and successor ICBs, the 42 ICBs, the sub-ICB
/// locations of July 2022, joint arrangements) into the archive's organisations, each with the sources of its facts.
/// Facts only: the tables' notes are not carried over.
/// </summary>
internal static partial class RegisterImport
{
    public static IReadOnlyList<string> Files { get; } = ["ccgs.csv", "icbs.csv", "sub_icb_locations.csv", "joint_arrangements.csv", "README.md"];

    public static (IReadOnlyList<Organisation> Organisations, IReadOnlyList<GazetteerSource> Sources) Read(string folder)
    {
        var ccgs = CsvTable.Read(Path.Combine(folder, "ccgs.csv"));
        var icbs = CsvTable.Read(Path.Combine(folder, "icbs.csv"));
        var locations = CsvTable.Read(Path.Combine(folder, "sub_icb_locations.csv"));
        var joint = CsvTable.Read(Path.Combine(folder, "joint_arrangements.csv"));
        var organisations = new List<Organisation>();

        foreach (var row in ccgs)
        {
            var code = row["ods_code"];
            var merged = Blank(row["merged_into"]);
            organisations.Add(new Organisation
            {
                Id = code,
                Name = row["name"],
                Kind = OrganisationKinds.Ccg,
                OdsCode = code,
                OnsCode = Blank(row["ons_code"]),
                Aliases = [.. Split(row["other_names"], ';').Select(OtherName).Where(n => n.Length > 0 && n != row["name"]).Distinct()],
                Parent = Blank(row["successor_icb_ods"]),
                Successors = merged is null ? Blank(row["successor_icb_ods"]) is { } icb ? [icb] : [] : [merged],
                Predecessors = [.. ccgs.Where(c => c["merged_into"] == code).Select(c => c["ods_code"]).Order(StringComparer.Ordinal)],
                ValidFrom = Date(row["established"]),
                ValidTo = Date(row["dissolved"]),
                Sources = Split(row["source"], ';'),
            });
        }

        foreach (var row in icbs)
        {
            var code = row["ods_code"];
            organisations.Add(new Organisation
            {
                Id = code,
                Name = row["name"],
                Kind = OrganisationKinds.Icb,
                OdsCode = code,
                OnsCode = Blank(row["ons_code"]),
                Aliases = Blank(row["ics_name_apr2021"]) is { } ics && ics != row["short_name"] ? [ics + " ICS"] : [],
                Predecessors = [.. ccgs.Where(c => c["successor_icb_ods"] == code && Blank(c["merged_into"]) is null).Select(c => c["ods_code"]).Order(StringComparer.Ordinal)],
                ValidFrom = Date(row["established"]),
                Sources = Split(row["source"], ';'),
            });
        }

        foreach (var row in locations)
        {
            var code = row["sub_icb_ods_code"];
            organisations.Add(new Organisation
            {
                Id = "SICBL-" + code,
                Name = row["sub_icb_name"],
                Kind = OrganisationKinds.SubIcbLocation,
                OdsCode = code,
                OnsCode = Blank(row["sub_icb_ons_code"]),
                Parent = Blank(row["icb_ods_code"]),
                Predecessors = ccgs.Any(c => c["ods_code"] == code) ? [code] : [],
                ValidFrom = Date(row["established"]),
                Sources = Split(row["source"], ';'),
            });
        }

        var number = 0;
        foreach (var row in joint.Where(r => JointBody().IsMatch(r["type"])))
        {
            var members = Split(row["member_ccg_ods_codes"], ' ').Where(m => ccgs.Any(c => c["ods_code"] == m)).ToList();
            var icb = members.Select(m => ccgs.First(c => c["ods_code"] == m)["successor_icb_ods"]).GroupBy(i => i).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key;
            var (name, alias) = NameAndAlias(row["arrangement"]);
            organisations.Add(new Organisation
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"JA-{++number:00}"),
                Name = name,
                Kind = OrganisationKinds.JointCommittee,
                Aliases = alias is null ? [] : [alias],
                Members = members,
                Parent = Blank(icb ?? string.Empty),
                Sources = Split(row["source"], ';'),
            });
        }

        return (organisations, Sources(Path.Combine(folder, "README.md")));
    }

    /// <summary>The sources table of the register's README: key, location, version and what it was used for.</summary>
    private static List<GazetteerSource> Sources(string readme)
    {
        var sources = new List<GazetteerSource>();
        var inTable = false;
        foreach (var line in File.ReadLines(readme))
        {
            inTable = line.StartsWith("## Sources", StringComparison.Ordinal) || (inTable && !line.StartsWith("## ", StringComparison.Ordinal));
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            if (inTable && cells.Length >= 7 && cells[1] is not ("key" or "---"))
            {
                sources.Add(new GazetteerSource(cells[1], cells[2], cells[3], cells[5]));
            }
        }

        return sources;
    }

    private static (string Name, string? Alias) NameAndAlias(string arrangement)
    {
        var open = arrangement.LastIndexOf(" (", StringComparison.Ordinal);
        if (open < 0 || !arrangement.EndsWith(')'))
        {
            return (arrangement, null);
        }

        var inside = arrangement[(open + 2)..^1];
        return (arrangement[..open], inside.Any(char.IsUpper) && inside.Contains(' ', StringComparison.Ordinal) ? inside : null);
    }

    private static string OtherName(string name) => AprilLabel().Replace(name.Replace('\u0092', '’'), string.Empty).Trim();

    private static List<string> Split(string value, char separator) =>
        value.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateOnly? Date(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    [GeneratedRegex(@"\s*\(ONS April 2013 label\)")]
    private static partial Regex AprilLabel();

    [GeneratedRegex(@"joint committee|in common|joint commissioning|joint board", RegexOptions.IgnoreCase)]
    private static partial Regex JointBody();
}
