namespace KnowledgeArchive.Extraction.Isolation;

/// <summary>How to start an extraction worker: the program and its arguments.</summary>
public sealed record WorkerCommand(string Program, IReadOnlyList<string> Arguments)
{
    public override string ToString() => string.Join(' ', Arguments.Prepend(Program));
}
