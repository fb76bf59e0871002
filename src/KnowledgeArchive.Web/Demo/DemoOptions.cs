namespace KnowledgeArchive.Web.Demo;

/// <summary><c>Archive:Demo</c>: fill an empty archive with a generated sample CCG archive at start-up, reading its fictional organisations beside the register.</summary>
public sealed class DemoOptions
{
    /// <summary>The demo's fictional organisations, shipped beside the service (a copy of <c>ingest-config/organisations.demo.json</c>).</summary>
    public const string OrganisationsFile = "organisations.demo.json";

    public bool Demo { get; set; }
}
