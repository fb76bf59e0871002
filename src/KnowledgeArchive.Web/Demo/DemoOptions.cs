namespace KnowledgeArchive.Web.Demo;

/// <summary><c>Archive:Demo</c>: fill an empty archive with a generated sample CCG archive at start-up.</summary>
public sealed class DemoOptions
{
    public bool Demo { get; set; }
}
