using System.Data.Common;

namespace KnowledgeArchive.Catalog.Sql;

/// <summary>Parameters for commands of either engine (ADO.NET has no <c>AddWithValue</c> of its own).</summary>
internal static class SqlCommands
{
    /// <summary>Adds a parameter with a value (null stored as SQL NULL, text as <see cref="SqlText"/> makes it storable).</summary>
    public static DbParameter Bind(this DbCommand command, string name, object? value)
    {
        var parameter = command.Parameter(name);
        parameter.Value = value is string text ? SqlText.Storable(text)! : value ?? DBNull.Value;
        return parameter;
    }

    /// <summary>Adds a parameter whose value is set before each execution.</summary>
    public static DbParameter Parameter(this DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
