namespace KnowledgeArchive.Core.Ingestion;

/// <summary>The states a batch goes through, as the API names them.</summary>
public static class IngestBatchStates
{
    public const string Running = "running";
    public const string Completed = "completed";
}
