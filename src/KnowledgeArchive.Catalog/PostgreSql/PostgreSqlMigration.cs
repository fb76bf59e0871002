namespace KnowledgeArchive.Catalog.PostgreSql;

/// <summary>One numbered step of the PostgreSQL schema: a file <c>Migrations/NNNN_name.sql</c> shipped in the assembly.</summary>
internal sealed record PostgreSqlMigration(int Version, string Name, string Sql)
{
    private const string Prefix = "PostgreSql.Migrations.";

    /// <summary>Every migration in the assembly, in order; the files are the list.</summary>
    public static IReadOnlyList<PostgreSqlMigration> All { get; } = Load();

    private static List<PostgreSqlMigration> Load()
    {
        var assembly = typeof(PostgreSqlMigration).Assembly;
        var migrations = new List<PostgreSqlMigration>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var name = resource[Prefix.Length..^".sql".Length];
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            migrations.Add(new PostgreSqlMigration(int.Parse(name[..4], System.Globalization.CultureInfo.InvariantCulture), name, reader.ReadToEnd()));
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"PostgreSQL migrations must be numbered 1, 2, 3… without gaps; found {migrations[i].Name}.");
            }
        }

        return migrations;
    }
}
