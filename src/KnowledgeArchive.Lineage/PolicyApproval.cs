using KnowledgeArchive.Core.Decisions;
using KnowledgeArchive.Core.Storage;

namespace KnowledgeArchive.Lineage;

/// <summary>A policy version and the decision that approved it (in the archive, or known only from the policy's document control).</summary>
public sealed record PolicyApproval(PolicyDocument Policy, Decision Approval)
{
    /// <summary>The organisation that owns the policy: its CCG, or for a joint committee's or ICB's policy, the ICB.</summary>
    public string Owner => Policy.Ccg ?? Policy.Icb ?? string.Empty;
}
