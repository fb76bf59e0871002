using System.Security.Cryptography;
using System.Text;

namespace KnowledgeArchive.Enrichment.Decisions;

/// <summary>Decision ids that stay the same on every extraction of the same document: its id, the item, and the decision's place in it.</summary>
internal static class DecisionIds
{
    public static string For(string documentId, string? canonicalReference, int itemOrdinal, int indexInItem)
    {
        var key = indexInItem == 0
            ? $"{documentId}|{canonicalReference ?? "item"}|{itemOrdinal}"
            : $"{documentId}|{canonicalReference ?? "item"}|{itemOrdinal}|{indexInItem}";
        return "dec-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
    }
}
