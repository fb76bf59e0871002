using System.CommandLine;
using System.Globalization;
using KnowledgeArchive.Catalog;
using KnowledgeArchive.Catalog.Migration;
using KnowledgeArchive.Catalog.PostgreSql;
using KnowledgeArchive.Catalog.Security;

namespace KnowledgeArchive.Tools.Commands;

/// <summary>
/// <c>ka-tools migrate-catalog --from SQLITE_FILE_OR_DATA_DIR --to CONNECTION_STRING [--resume]</c>: copies an
/// archive's SQLite catalog, API keys and audit log into PostgreSQL and verifies the copy (rows per table, audit chain).
/// </summary>
internal static class MigrateCatalogCommand
{
    public static Command Create()
    {
        var from = new Option<FileSystemInfo>("--from") { Description = "The archive's data directory, or its catalog.db (security.db beside it is copied too)", Required = true };
        var to = new Option<string>("--to") { Description = "The PostgreSQL connection string (Host=…;Database=…;Username=…;Password=…)", Required = true };
        var resume = new Option<bool>("--resume") { Description = "Copy into a catalog that is not empty, keeping the rows already there (to finish an interrupted copy)" };
        var command = new Command("migrate-catalog", "Copy a SQLite catalog into PostgreSQL and verify the copy") { from, to, resume };
        command.SetAction((result, cancellationToken) =>
            RunAsync(result.GetRequiredValue(from), result.GetRequiredValue(to), result.GetValue(resume), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(FileSystemInfo from, string to, bool resume, CancellationToken cancellationToken)
    {
        var (catalogFile, securityFile) = from is DirectoryInfo folder
            ? (Path.Combine(folder.FullName, "catalog.db"), Path.Combine(folder.FullName, "security.db"))
            : (from.FullName, Path.Combine(Path.GetDirectoryName(from.FullName)!, "security.db"));
        if (!File.Exists(catalogFile))
        {
            await Console.Error.WriteLineAsync($"{catalogFile} does not exist: give the archive's data directory or its catalog.db.");
            return 2;
        }

        try
        {
            using var target = new PostgreSqlDatabase(to);
            var security = File.Exists(securityFile) ? new SecurityDatabase(securityFile) : null;
            Console.WriteLine($"copying {catalogFile}{(security is null ? " (no security.db beside it: no API keys or audit log)" : $" and {securityFile}")} into {target.Describe}");
            var report = await CatalogMigration.CopyAsync(new CatalogDatabase(catalogFile), security, target, resume, Console.WriteLine, cancellationToken);
            Print(report);
            return report.Verified ? 0 : 1;
        }
        catch (InvalidOperationException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 2;
        }
    }

    private static void Print(CatalogMigrationReport report)
    {
        foreach (var table in report.Tables.Where(t => t.SourceRows != t.TargetRows))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"MISMATCH {table.Table}: {table.SourceRows:N0} rows in SQLite, {table.TargetRows:N0} in PostgreSQL"));
        }

        if (report.TargetAudit is { } audit)
        {
            Console.WriteLine(audit.Intact
                ? $"audit log: chain of {audit.Checked} entries verified in PostgreSQL"
                : $"audit log: chain broken in PostgreSQL at entry {audit.FirstBrokenSequence}: {audit.Problem} (in SQLite: {(report.SourceAudit!.Intact ? "intact" : report.SourceAudit.Problem)})");
        }

        Console.WriteLine(report.Verified
            ? $"verified: {report.Tables.Sum(t => t.TargetRows):N0} rows in {report.Tables.Count} tables. Set Archive:Catalog:Provider=PostgreSql and Archive:Catalog:ConnectionString, then start the service."
            : "NOT verified: the copy differs from the source (see above).");
    }
}
