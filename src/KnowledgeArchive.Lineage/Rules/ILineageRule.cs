using KnowledgeArchive.Core.Decisions;

namespace KnowledgeArchive.Lineage.Rules;

/// <summary>
/// One way of finding lineage links. Rules run in the order of <see cref="LineageRules.All"/>, each seeing the links
/// the rules before it found; every link a rule returns records the rule's <see cref="Name"/> and its own confidence.
/// </summary>
public interface ILineageRule
{
    /// <summary>The name recorded on each link the rule makes (<see cref="LineageEdge.Rule"/>).</summary>
    string Name { get; }

    /// <summary>How the rule finds a link, in words a reader of the evidence understands.</summary>
    string Explanation { get; }

    IEnumerable<LineageEdge> Find(LineageWork work);
}
