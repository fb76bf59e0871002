namespace KnowledgeArchive.Web.Rendering;

/// <summary>A page drawn as a PNG (<see cref="Path"/>), or why it could not be (<see cref="Problem"/>).</summary>
public sealed record PageRender(string? Path, string? Problem)
{
    public static PageRender Drawn(string path) => new(path, null);

    public static PageRender Failed(string problem) => new(null, problem);
}
