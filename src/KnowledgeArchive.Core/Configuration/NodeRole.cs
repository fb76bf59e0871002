namespace KnowledgeArchive.Core.Configuration;

/// <summary>What a service node does (<c>Archive:Role</c>).</summary>
public enum NodeRole
{
    /// <summary>Everything (the default): intake, reading and committing documents, lineage, the API, the UI and search.</summary>
    All,

    /// <summary>
    /// The API's and the UI's reads and search, from an index of its own kept in step with the shared catalog's change
    /// feed; ingests go to the node that runs <see cref="All"/>.
    /// </summary>
    Search,
}
