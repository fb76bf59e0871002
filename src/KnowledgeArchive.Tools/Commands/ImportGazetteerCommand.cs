using System.CommandLine;
using KnowledgeArchive.Tools.Gazetteers;

namespace KnowledgeArchive.Tools.Commands;

/// <summary>
/// <c>ka-tools import-gazetteer --from DIR --out FILE</c>: writes the organisation register (<c>ingest-config/organisations.json</c>)
/// from the public register's tables, each organisation with the sources of its facts.
/// </summary>
internal static class ImportGazetteerCommand
{
    public static Command Create()
    {
        var from = new Option<DirectoryInfo>("--from") { Description = "Folder holding ccgs.csv, icbs.csv, sub_icb_locations.csv, joint_arrangements.csv and README.md", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "The register file to write", Required = true };
        var command = new Command("import-gazetteer", "Write the organisation register from the public register's tables") { from, output };
        command.SetAction(result =>
        {
            var folder = result.GetRequiredValue(from).FullName;
            var missing = RegisterImport.Files.Where(f => !File.Exists(Path.Combine(folder, f))).ToList();
            if (missing.Count > 0)
            {
                Console.Error.WriteLine($"{folder} lacks {string.Join(", ", missing)}");
                return 2;
            }

            var (organisations, sources) = RegisterImport.Read(folder);
            var target = result.GetRequiredValue(output).FullName;
            File.WriteAllText(target, RegisterWriter.Write(organisations, sources));
            Console.WriteLine($"{organisations.Count} organisations, {sources.Count} sources -> {target}");
            foreach (var kind in organisations.GroupBy(o => o.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                Console.WriteLine($"  {kind.Key}: {kind.Count()}");
            }

            return 0;
        });
        return command;
    }
}
