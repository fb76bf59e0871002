namespace KnowledgeArchive.Worker.Coordinator;

/// <summary>A worker could not read a document for a reason of its own (not the file's): the document stays pending.</summary>
public sealed class WorkerFaultException : Exception
{
    public WorkerFaultException()
    {
    }

    public WorkerFaultException(string message)
        : base(message)
    {
    }

    public WorkerFaultException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
