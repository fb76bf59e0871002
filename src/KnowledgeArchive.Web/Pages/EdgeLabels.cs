using KnowledgeArchive.Core.Decisions;

namespace KnowledgeArchive.Web.Pages;

/// <summary>Link types in plain English, from either end: "ratifies" / "ratified by".</summary>
public static class EdgeLabels
{
    public static string Forwards(string type) => type switch
    {
        LineageEdgeTypes.Supersedes => "supersedes",
        LineageEdgeTypes.Amends => "amends",
        LineageEdgeTypes.Ratifies => "ratifies",
        LineageEdgeTypes.Adopts => "adopts",
        LineageEdgeTypes.DefersTo => "defers to",
        LineageEdgeTypes.TransfersTo => "transfers to",
        _ => "refers to",
    };

    public static string Backwards(string type) => type switch
    {
        LineageEdgeTypes.Supersedes => "superseded by",
        LineageEdgeTypes.Amends => "amended by",
        LineageEdgeTypes.Ratifies => "ratified by",
        LineageEdgeTypes.Adopts => "adopted by",
        LineageEdgeTypes.DefersTo => "deferred by",
        LineageEdgeTypes.TransfersTo => "transferred by",
        _ => "referred to by",
    };
}
