namespace KnowledgeArchive.Ingestion.Batches;

/// <summary>Checks of zip entry names: a name that would leave the folder it is extracted to is refused (zip-slip).</summary>
public static class EntryNames
{
    /// <summary>Why the name is unsafe, or null when it is a plain relative path.</summary>
    public static string? Problem(string fullName)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        var name = fullName.Replace('\\', '/');
        if (name.Length == 0)
        {
            return "the entry has no name";
        }

        if (name.Any(char.IsControl))
        {
            return "the entry name contains control characters";
        }

        if (name.StartsWith('/') || (name.Length >= 2 && char.IsAsciiLetter(name[0]) && name[1] == ':'))
        {
            return $"the entry name '{fullName}' is an absolute path (zip-slip)";
        }

        if (name.Split('/').Any(segment => segment == ".."))
        {
            return $"the entry name '{fullName}' climbs out of the archive with '..' (zip-slip)";
        }

        return null;
    }
}
